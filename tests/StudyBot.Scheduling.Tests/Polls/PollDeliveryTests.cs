using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Core.Messaging;
using StudyBot.Testing;

namespace StudyBot.Scheduling.Tests.Polls;

/// <summary>
/// Polls through the real engine on a fake clock: the card is posted and then edited in place as votes change, the
/// poll closes at its deadline even across a restart, and the winner becomes a goal or a meeting (or waits on a tie).
/// </summary>
public sealed class PollDeliveryTests : IDisposable
{
    // Monday 1 March 2027, 10:00 UTC (11:00 in Berlin).
    private static readonly Instant Start = Instant.FromUtc(2027, 3, 1, 10, 0);
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AGoalPoll_ClosesAtItsDeadline_AfterARestart_AndItsWinnerBecomesAGroupGoal()
    {
        var first = await GroupAsync();
        await RunAsync(first, "/poll create question:\"Next group goal?\" options:\"Finish SICP ch. 3 | Build a Lisp | Solve 30 exercises\" kind:goal due:2027-03-31 closes:\"wed 18:00\"", "alice");
        await RunAsync(first, "/poll vote option:1", "bob");
        await RunAsync(first, "/poll vote option:2", "carol");
        await first.AdvanceToAsync(Instant.FromUtc(2027, 3, 1, 12, 0));
        await RunAsync(first, "/poll vote option:1", "carol");
        await first.AdvanceToAsync(Instant.FromUtc(2027, 3, 2, 12, 0));
        var card = Assert.Single(first.Sender.Sent, m => m.IdempotencyKey == "poll:1:post");
        Assert.Equal("general", card.ChannelId);
        Assert.Equal(["0 votes", "0 votes", "0 votes"], card.Content.Poll!.Details.Select(RichText.ToPlain));
        Assert.All(first.Sender.Updates, u => Assert.Equal(("general", "m1"), (u.Target.ChannelId, u.Target.MessageId)));
        Assert.Equal(["2 votes: @bob, @carol", "0 votes", "0 votes"], first.Sender.Updates[^1].Message.Content.Poll!.Details.Select(RichText.ToPlain));
        await first.DisposeAsync();

        // Down over the deadline (Wed 18:00 in Berlin, 17:00 UTC): the close is done once, as soon as StudyBot is back.
        await using var host = await SchedulingHost.StartAsync(_database.ConnectionString, Instant.FromUtc(2027, 3, 3, 16, 0));
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 4, 12, 0));

        var result = Assert.Single(host.Sender.Sent, m => m.Content.Text.Contains("has closed", StringComparison.Ordinal));
        Assert.Equal(Instant.FromUtc(2027, 3, 3, 17, 0), Instant.FromDateTimeOffset(host.Sender.SentAt[host.Sender.Sent.ToList().IndexOf(result)]));
        Assert.Equal(
            "📊 Poll #1 has closed: **Next group goal?**\nWinner: **Finish SICP ch. 3** with 2 votes (2 members voted).\n1. Finish SICP ch. 3 — 2 votes: @bob, @carol\n2. Build a Lisp — 0 votes\n3. Solve 30 exercises — 0 votes\nNew group goal #1: **Finish SICP ch. 3**, due Wed 31 Mar 2027. Record progress with `/goal progress goal:#1 amount:1`.",
            RichText.ToPlain(result.Content.Text));
        var closedCard = Assert.Single(host.Sender.Updates);
        Assert.True(closedCard.Message.Content.Poll!.Closed);
        await using var db = _database.CreateContext();
        var goal = await db.Goals.SingleAsync();
        Assert.Equal(("Finish SICP ch. 3", null, new LocalDate(2027, 3, 31)), (goal.Title, goal.OwnerUserId, goal.Due));
        Assert.Equal(0, await db.ScheduledWork.CountAsync(w => w.Kind == "poll.close"));
    }

    [Fact]
    public async Task AMeetingTimePoll_AtItsDeadline_AfterARestart_SchedulesTheWinningTime_AndItsRemindersFollow()
    {
        var first = await GroupAsync();
        await RunAsync(first, "/poll create question:\"Exam prep session?\" options:\"thu 19:00 | fri 19:00\" kind:meeting closes:\"tue 12:00\" duration:90m", "alice");
        await RunAsync(first, "/poll vote option:1", "bob");
        await RunAsync(first, "/poll vote option:2", "bob");
        await RunAsync(first, "/poll vote option:2", "carol");
        await first.DisposeAsync();

        await using var host = await SchedulingHost.StartAsync(_database.ConnectionString, Instant.FromUtc(2027, 3, 2, 9, 0));
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 6, 0, 0));

        var result = Assert.Single(host.Sender.Sent, m => m.Content.Text.Contains("has closed", StringComparison.Ordinal));
        Assert.Contains("Scheduled **Exam prep session?** (meeting #1) for Fri 5 Mar 2027 19:00 CET", RichText.ToPlain(result.Content.Text), StringComparison.Ordinal);

        // The default reminders: a day before and 15 minutes before the winning time (Fri 19:00 in Berlin, 18:00 UTC).
        var reminders = host.Sender.Sent.Where(m => m.IdempotencyKey.StartsWith("meeting.reminder:", StringComparison.Ordinal)).ToList();
        Assert.All(reminders, m => Assert.Contains("Exam prep session?", m.Content.Text, StringComparison.Ordinal));

        // The scheduled meeting has its card in the channel, like any meeting scheduled by command.
        var card = Assert.Single(host.Sender.Sent, m => m.IdempotencyKey == "meeting:1:card:20270305T1900");
        Assert.StartsWith("**Exam prep session?** (Algo Club): Fri 5 Mar 2027 19:00 CET.", RichText.ToPlain(card.Content.Text), StringComparison.Ordinal);
        Assert.Equal(
            [Instant.FromUtc(2027, 3, 4, 18, 0), Instant.FromUtc(2027, 3, 5, 17, 45)],
            reminders.Select(m => Instant.FromDateTimeOffset(host.Sender.SentAt[host.Sender.Sent.ToList().IndexOf(m)])));
        await using var db = _database.CreateContext();
        Assert.Equal(90, (await db.MeetingSeries.SingleAsync()).DurationMinutes);
    }

    [Fact]
    public async Task APlainPollsTie_AtTheDeadline_AfterARestart_IsAnnounced_AndWaitsForAnOrganizersPick()
    {
        var first = await GroupAsync();
        await RunAsync(first, "/poll create question:\"Pizza or sushi?\" options:\"Pizza | Sushi\" closes:\"in 2h\"", "bob");
        await RunAsync(first, "/poll vote option:1", "alice");
        await RunAsync(first, "/poll vote option:1", "carol");
        await RunAsync(first, "/poll vote option:2", "carol");
        await first.DisposeAsync();

        await using var host = await SchedulingHost.StartAsync(_database.ConnectionString, Instant.FromUtc(2027, 3, 1, 11, 0));
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 1, 13, 0));
        var tie = Assert.Single(host.Sender.Sent, m => m.Content.Text.Contains("has closed", StringComparison.Ordinal));
        Assert.Contains("It's a tie between **Pizza** and **Sushi** (1 vote each).", tie.Content.Text, StringComparison.Ordinal);

        await RunAsync(host, "/poll close poll:1 pick:2", "alice");
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 1, 13, 1));

        var settled = host.Sender.Sent.Where(m => m.Content.Text.Contains("has closed", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, settled.Count);
        Assert.Contains("Winner: **Sushi** with 1 vote (2 members voted), picked by an organizer from a tie.", settled[1].Content.Text, StringComparison.Ordinal);
    }

    private static async Task RunAsync(SchedulingHost host, string line, string who)
    {
        var reply = await host.RunAsync(line, who);
        Assert.False(reply.IsError, reply.Text);
    }

    private async Task<SchedulingHost> GroupAsync()
    {
        var host = await SchedulingHost.StartAsync(_database.ConnectionString, Start);
        await RunAsync(host, "/group create name:\"Algo Club\" timezone:Europe/Berlin", "alice");
        await RunAsync(host, "/group join name:\"Algo Club\"", "bob");
        await RunAsync(host, "/group join name:\"Algo Club\"", "carol");
        return host;
    }
}
