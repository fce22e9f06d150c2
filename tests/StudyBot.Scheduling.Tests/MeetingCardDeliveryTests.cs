using NodaTime;
using StudyBot.Core.Messaging;
using StudyBot.Testing;

namespace StudyBot.Scheduling.Tests;

/// <summary>
/// The meeting card and who a reminder reaches, through the real engine on a fake clock: the card is one message edited
/// in place by answers, also after a restart; when its meeting begins it is closed and the next meeting gets a new
/// card; reminders mention exactly who said Going or Maybe, and go by DM to those who chose DMs.
/// </summary>
public sealed class MeetingCardDeliveryTests : IDisposable
{
    private const string Schedule = "/meeting schedule group:\"Algo Club\" title:\"Weekly review\" start:\"2027-03-16 19:00\" repeat:\"every tue\" reminders:\"1d,15m\"";
    private const string FirstCard = "meeting:1:card:20270316T1900";
    private static readonly Instant Start = Instant.FromUtc(2027, 3, 15, 12, 0);
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TheCard_IsEditedInPlaceByAnswers_AlsoAfterARestart_AndWhenItsMeetingBeginsTheNextMeetingGetsANewCard()
    {
        var first = await GroupAsync("bob", "carol");
        await first.AdvanceToAsync(Start + Duration.FromMinutes(1));
        var card = Assert.Single(first.Sender.Sent, m => m.IdempotencyKey == FirstCard);
        Assert.Equal("general", card.ChannelId);

        await RunAsync(first, "/meeting rsvp status:going", "bob");
        await first.AdvanceToAsync(Start + Duration.FromMinutes(2));
        var answered = Assert.Single(first.Sender.Updates);
        Assert.Equal(("general", "m1"), (answered.Target.ChannelId, answered.Target.MessageId));
        Assert.Contains(answered.Message.Content.Fields, f => f.Name == "Going (1)" && f.Value == "bob");
        await first.DisposeAsync();

        // A new process on the same store: the card it edits is still the message the first one posted.
        await using var second = await SchedulingHost.StartAsync(_database.ConnectionString, Start + Duration.FromMinutes(3));
        Assert.False((await second.ComponentAsync("rsvp:1:20270316T1900:maybe", "carol")).IsError);
        await second.AdvanceToAsync(Start + Duration.FromMinutes(4));
        var afterRestart = Assert.Single(second.Sender.Updates);
        Assert.Equal(("general", "m1"), (afterRestart.Target.ChannelId, afterRestart.Target.MessageId));
        Assert.Contains(afterRestart.Message.Content.Fields, f => f.Name == "Going (1)" && f.Value == "bob");
        Assert.Contains(afterRestart.Message.Content.Fields, f => f.Name == "Maybe (1)" && f.Value == "carol");
        Assert.Empty(second.Sender.Sent);

        // 16 March 19:00 in Berlin is 18:00Z: the meeting begins, its card closes and the 23rd's card is posted.
        await second.AdvanceToAsync(Instant.FromUtc(2027, 3, 16, 18, 1));
        var closed = second.Sender.Updates[^1];
        Assert.Equal("m1", closed.Target.MessageId);
        Assert.StartsWith("**Weekly review** (Algo Club) began at Tue 16 Mar 2027 19:00 CET.", RichText.ToPlain(closed.Message.Content.Text), StringComparison.Ordinal);
        Assert.Empty(closed.Message.Content.Buttons);
        var next = Assert.Single(second.Sender.Sent, m => m.IdempotencyKey == "meeting:1:card:20270323T1900");
        Assert.Equal(Instant.FromUtc(2027, 3, 16, 18, 0), Instant.FromDateTimeOffset(second.Sender.SentAt[second.Sender.Sent.ToList().IndexOf(next)]));
        Assert.Equal("rsvp:1:20270323T1900:going", next.Content.Buttons[0].ActionId);
        Assert.Contains(next.Content.Fields, f => f.Name == "Going (0)");
    }

    [Fact]
    public async Task TheReminder_MentionsExactlyWhoSaidGoingOrMaybe_AndReachesDmChoosersByDmInstead()
    {
        await using var host = await GroupAsync("bob", "carol", "dave", "erin", "frank");
        await RunAsync(host, "/meeting rsvp status:going", "bob");
        await RunAsync(host, "/meeting rsvp status:maybe", "carol");
        await RunAsync(host, "/meeting rsvp status:cant", "dave");
        await RunAsync(host, "/meeting notify via:dm", "erin");
        await RunAsync(host, "/meeting notify via:dm", "frank");
        await RunAsync(host, "/meeting rsvp status:going", "frank");

        // The day-before reminder: 15 March 19:00 in Berlin.
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 15, 18, 0));

        var reminder = Assert.Single(host.Sender.Sent, m => m.IdempotencyKey.StartsWith("meeting.reminder:", StringComparison.Ordinal) && m.ChannelId is not null);
        Assert.Equal(["bob", "carol"], reminder.Content.MentionUserIds);
        Assert.EndsWith("\nGoing: @bob · Maybe: @carol", RichText.ToPlain(reminder.Content.Text), StringComparison.Ordinal);
        Assert.DoesNotContain("frank", reminder.Content.Text, StringComparison.Ordinal);
        var direct = host.Sender.Sent.Where(m => m.DirectUserId is not null).ToList();
        Assert.Equal(["erin", "frank"], direct.Select(m => m.DirectUserId).Order());
        Assert.All(direct, m =>
        {
            Assert.StartsWith("Reminder: **Weekly review** (Algo Club) starts in 1 day", m.Content.Text, StringComparison.Ordinal);
            Assert.Equal(["rsvp:1:20270316T1900:going", "rsvp:1:20270316T1900:maybe", "rsvp:1:20270316T1900:cant"], m.Content.Buttons.Select(b => b.ActionId));
            Assert.Empty(m.Content.MentionUserIds);
        });

        // A button pressed in the DM answers like any other, and the channel's card follows.
        Assert.False((await host.ComponentAsync("rsvp:1:20270316T1900:cant", "erin")).IsError);
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 16, 17, 45));
        var last = Assert.Single(host.Sender.Sent.Skip(1 + 1 + 2), m => m.ChannelId is not null);
        Assert.Equal(["bob", "carol"], last.Content.MentionUserIds);
        Assert.Equal(["frank"], host.Sender.Sent.Skip(4).Where(m => m.DirectUserId is not null).Select(m => m.DirectUserId));
        Assert.Contains(host.Sender.Updates[^1].Message.Content.Fields, f => f.Name == "Can't (2)" && f.Value == "dave, erin");
    }

    private async Task<SchedulingHost> GroupAsync(params string[] members)
    {
        var host = await SchedulingHost.StartAsync(_database.ConnectionString, Start);
        await RunAsync(host, "/group create name:\"Algo Club\" timezone:Europe/Berlin", "alice");
        foreach (var member in members)
        {
            await RunAsync(host, "/group join name:\"Algo Club\"", member);
        }

        await RunAsync(host, Schedule, "alice");
        return host;
    }

    private static async Task RunAsync(SchedulingHost host, string line, string @as)
    {
        var reply = await host.RunAsync(line, @as);
        Assert.False(reply.IsError, reply.Text);
    }
}
