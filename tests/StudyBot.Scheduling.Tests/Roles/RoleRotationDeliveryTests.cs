using NodaTime;
using StudyBot.Core.Messaging;
using StudyBot.Testing;

namespace StudyBot.Scheduling.Tests.Roles;

/// <summary>
/// Role rotations through the real engine on a fake clock: fixed and announced with the first reminder, shown
/// on every reminder, passed on when someone can't come, and kept across restarts.
/// </summary>
public sealed class RoleRotationDeliveryTests : IDisposable
{
    private static readonly Instant Start = Instant.FromUtc(2027, 3, 15, 12, 0);
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TheRotation_IsAnnouncedOnceWithTheFirstReminder_InTheChannelAndByDm_AndShownOnEveryReminder()
    {
        await using var host = await GroupWithRolesAsync();

        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 16, 18, 0));

        var announcement = Assert.Single(host.Sender.Sent, m => m.Content.Text.StartsWith("Roles for", StringComparison.Ordinal));
        Assert.Equal("general", announcement.ChannelId);
        Assert.Equal(
            "Roles for **Weekly review** (Algo Club) on Tue 16 Mar 2027 19:00 CET:\n• Facilitator: @alice\n• Note-taker: @bob\nCan't make it? Press I can't and your role passes to the next in line; trade with `/role swap`.",
            RichText.ToPlain(announcement.Content.Text));
        Assert.Equal(["alice", "bob"], announcement.Content.MentionUserIds);
        Assert.Equal(["I can't"], announcement.Content.Buttons.Select(b => b.Label));
        Assert.Equal(Instant.FromUtc(2027, 3, 15, 18, 0), Instant.FromDateTimeOffset(host.Sender.SentAt[host.Sender.Sent.ToList().IndexOf(announcement)]));

        var dms = host.Sender.Sent.Where(m => m.DirectUserId is not null).ToList();
        Assert.Equal(["alice", "bob"], dms.Select(m => m.DirectUserId).Order());
        Assert.StartsWith("You are **Facilitator** (Keeps the meeting on track) at **Weekly review** (Algo Club)", dms.Single(m => m.DirectUserId == "alice").Content.Text, StringComparison.Ordinal);

        var reminders = host.Sender.Sent.Where(m => m.Content.Text.StartsWith("Reminder:", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, r => Assert.Equal("Facilitator: @alice\nNote-taker: @bob", RichText.ToPlain(r.Content.Fields.Single(f => f.Name == "Roles").Value)));
    }

    [Fact]
    public async Task SayingCantAfterTheFix_PassesTheRoleToTheNextInLine_AndTellsTheGroupAndTheNewHolder()
    {
        await using var host = await GroupWithRolesAsync();
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 16, 0, 0));
        var before = host.Sender.Sent.Count;

        var reply = await host.RunAsync("/meeting rsvp status:cant", @as: "bob");
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 16, 17, 50));

        Assert.Equal("Noted: you can't come to **Weekly review** on Tue 16 Mar 2027 19:00 CET. Your role: **Note-taker** passes to @carol. The group has been told.", RichText.ToPlain(reply.Text));
        var after = host.Sender.Sent.Skip(before).ToList();
        Assert.Equal("@bob can't make **Weekly review** on Tue 16 Mar 2027 19:00 CET: **Note-taker** passes to @carol.", RichText.ToPlain(after.Single(m => m.ChannelId == "general" && !m.Content.Text.StartsWith("Reminder", StringComparison.Ordinal)).Content.Text));
        Assert.StartsWith("You are **Note-taker** at **Weekly review** (Algo Club) on", RichText.ToPlain(after.Single(m => m.DirectUserId == "carol").Content.Text), StringComparison.Ordinal);
        var reminder = after.Single(m => m.Content.Text.StartsWith("Reminder:", StringComparison.Ordinal));
        Assert.Equal("Facilitator: @alice\nNote-taker: @carol", RichText.ToPlain(reminder.Content.Fields.Single(f => f.Name == "Roles").Value));
    }

    [Fact]
    public async Task GoingAwayAfterTheFix_PassesTheRoleOn()
    {
        await using var host = await GroupWithRolesAsync();
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 16, 0, 0));

        var reply = await host.RunAsync("/away set from:2027-03-16 until:2027-03-18", @as: "alice");

        Assert.Contains("Weekly review on Tue 16 Mar 2027 19:00 CET: **Facilitator** passes to @carol", RichText.ToPlain(reply.Text), StringComparison.Ordinal);
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 16, 17, 50));
        Assert.Single(host.Sender.Sent, m => RichText.ToPlain(m.Content.Text) == "@alice can't make **Weekly review** on Tue 16 Mar 2027 19:00 CET: **Facilitator** passes to @carol.");
    }

    [Fact]
    public async Task LeavingTheGroupAfterTheFix_PassesTheirRolesOn_AndTheReminderNamesTheNewHolder()
    {
        await using var host = await GroupWithRolesAsync();
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 16, 0, 0));
        var before = host.Sender.Sent.Count;

        var reply = await host.RunAsync("/group leave name:\"Algo Club\"", @as: "bob");
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 16, 17, 50));

        Assert.Equal(
            "You left **Algo Club**. Rejoin any time with `/group join name:\"Algo Club\"`.\nYour roles ahead passed on, and the group has been told:\n• Weekly review on Tue 16 Mar 2027 19:00 CET: **Note-taker** passes to @carol",
            RichText.ToPlain(reply.Text));
        var after = host.Sender.Sent.Skip(before).ToList();
        Assert.Single(after, m => RichText.ToPlain(m.Content.Text) == "@bob left Algo Club, so for **Weekly review** on Tue 16 Mar 2027 19:00 CET: **Note-taker** passes to @carol.");
        Assert.Contains("bob left the group, so it passed to you.", RichText.ToPlain(after.Single(m => m.DirectUserId == "carol").Content.Text), StringComparison.Ordinal);
        var reminder = after.Single(m => m.Content.Text.StartsWith("Reminder:", StringComparison.Ordinal));
        Assert.Equal("Facilitator: @alice\nNote-taker: @carol", RichText.ToPlain(reminder.Content.Fields.Single(f => f.Name == "Roles").Value));
    }

    [Fact]
    public async Task OverThreeMeetings_EachMemberIsFacilitatorOnce_AndARestartChangesNothing()
    {
        var first = await GroupWithRolesAsync();
        await first.AdvanceToAsync(Instant.FromUtc(2027, 3, 22, 0, 0));
        var beforeRestart = first.Sender.Sent.Count(m => m.Content.Text.StartsWith("Roles for", StringComparison.Ordinal));
        await first.DisposeAsync();

        // Down over the second meeting's fix; the rotation is fixed late, from the same history.
        await using var second = await SchedulingHost.StartAsync(_database.ConnectionString, Instant.FromUtc(2027, 3, 22, 20, 0));
        await second.AdvanceToAsync(Instant.FromUtc(2027, 3, 31, 0, 0));

        var announcements = second.Sender.Sent.Where(m => m.Content.Text.StartsWith("Roles for", StringComparison.Ordinal)).Select(m => RichText.ToPlain(m.Content.Text).Split('\n')).ToList();
        Assert.Equal(1, beforeRestart);
        Assert.Equal(2, announcements.Count);
        Assert.Equal(["• Facilitator: @bob", "• Note-taker: @carol"], announcements[0][1..3]);
        Assert.Equal(["• Facilitator: @carol", "• Note-taker: @alice"], announcements[1][1..3]);
    }

    private async Task<SchedulingHost> GroupWithRolesAsync()
    {
        var host = await SchedulingHost.StartAsync(_database.ConnectionString, Start);
        foreach (var (line, who) in new[]
        {
            ("/group create name:\"Algo Club\" timezone:Europe/Berlin", "alice"),
            ("/group join name:\"Algo Club\"", "bob"),
            ("/group join name:\"Algo Club\"", "carol"),
            ("/role add name:Facilitator description:\"Keeps the meeting on track\"", "alice"),
            ("/role add name:Note-taker", "alice"),
            ("/meeting schedule title:\"Weekly review\" start:\"2027-03-16 19:00\" repeat:\"every tue\" reminders:\"1d,15m\"", "alice"),
        })
        {
            var reply = await host.RunAsync(line, who);
            Assert.False(reply.IsError, reply.Text);
        }

        return host;
    }
}
