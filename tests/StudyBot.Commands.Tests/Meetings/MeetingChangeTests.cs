using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Commands.Tests.Support;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Commands.Tests.Meetings;

public sealed class MeetingChangeTests
{
    [Fact]
    public async Task Skip_ReplansTheNextOccurrenceAndQueuesAnAnnouncement()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        var reply = await harness.RunAsync("/meeting skip date:2027-03-16 group:\"Algo Club\"", @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        Assert.True(reply.Ephemeral);
        await using var db = harness.Db();
        Assert.All(await PlannedWork.ReadAsync(db), r => Assert.Equal(new LocalDateTime(2027, 3, 23, 19, 0), r.Occurrence));
        var announcement = await db.Outbox.SingleAsync(o => o.IdempotencyKey.StartsWith("skip:"));
        Assert.Equal("general", announcement.ChannelId);
        Assert.Contains("is skipped", RichText.ToPlain(ReplySerializer.Deserialize(announcement.Payload).Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skip_ByAMember_IsRefusedAndStoresNothing()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        var reply = await Refusal.AssertRefusedAsync(harness, "/meeting skip date:2027-03-16 group:\"Algo Club\"", "bob");

        Assert.StartsWith("Only organizers of Algo Club can skip meetings.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skip_OnADayWithoutAMeeting_SaysWhenItMeets()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        var reply = await Refusal.AssertRefusedAsync(harness, "/meeting skip date:2027-03-17 group:\"Algo Club\"", "alice");

        Assert.Equal("Weekly review does not meet on Wed 17 Mar 2027. Next: Tue 16 Mar 2027, Tue 23 Mar 2027, Tue 30 Mar 2027.", reply.Text);
    }

    [Fact]
    public async Task CancelSeries_ByAMember_IsRefusedAndStoresNothing()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        var reply = await Refusal.AssertRefusedAsync(harness, "/meeting cancel group:\"Algo Club\"", "bob");

        Assert.StartsWith("Only organizers of Algo Club can cancel meetings.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelSeries_RemovesEveryPlannedReminder()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        var reply = await harness.RunAsync("/meeting cancel meeting:\"weekly review\" group:\"Algo Club\"", @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        await using var db = harness.Db();
        Assert.Empty(await db.ScheduledWork.ToListAsync());
        Assert.NotNull((await db.MeetingSeries.SingleAsync()).CancelledAt);
    }

    [Fact]
    public async Task Move_PlansRemindersAtTheNewTime()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        var reply = await harness.RunAsync("/meeting move date:2027-03-16 to:\"2027-03-17 18:00\" group:\"Algo Club\"", @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        await using var db = harness.Db();
        var reminders = (await PlannedWork.ReadAsync(db)).Where(r => r.Kind == PlannedWork.Reminder).ToList();
        Assert.Equal([Instant.FromUtc(2027, 3, 16, 17, 0), Instant.FromUtc(2027, 3, 17, 16, 45)], reminders.Select(r => r.DueAt));
        Assert.All(reminders, r => Assert.Equal(new LocalDateTime(2027, 3, 16, 19, 0), r.Occurrence));
    }

    [Fact]
    public async Task Move_ToATimeInAnotherZone_IsConverted_AndTheAnnouncementSaysHowItWasTyped()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        // 12:00 in New York on 17 March (EDT, -4) is 17:00 in Berlin (CET, +1).
        var reply = await harness.RunAsync("/meeting move date:2027-03-16 to:\"17.03.2027 noon EST\" group:\"Algo Club\"", @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        Assert.Contains("to Wed 17 Mar 2027 17:00 CET", RichText.ToPlain(reply.Text), StringComparison.Ordinal);
        await using var db = harness.Db();
        var announcement = RichText.ToPlain(ReplySerializer.Deserialize((await db.Outbox.SingleAsync(o => o.IdempotencyKey.StartsWith("move:"))).Payload).Text);
        Assert.Contains("to Wed 17 Mar 2027 17:00 CET (typed as Wed 17 Mar 2027 12:00 EDT, America/New_York).", announcement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Move_IntoThePast_IsRefused()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        var reply = await Refusal.AssertRefusedAsync(harness, "/meeting move date:2027-03-16 to:\"2027-03-14 18:00\" group:\"Algo Club\"", "alice");

        Assert.Contains("is in the past", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ShowsTheNextMeetingsWithRsvpCounts()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);
        await MeetingHarness.RequireAsync(harness, "/meeting rsvp status:going group:\"Algo Club\"", "bob");
        await MeetingHarness.RequireAsync(harness, "/meeting skip date:2027-03-23 group:\"Algo Club\"", "alice");

        var reply = await harness.RunAsync("/meeting list group:\"Algo Club\" count:3", @as: "bob");

        var lines = RichText.ToPlain(reply.Text).Split('\n');
        Assert.Equal(
        [
            "Next meetings of Algo Club (Europe/Berlin):",
            "• Tue 16 Mar 2027 19:00 CET: #1 **Weekly review**, Library room 2 (1 going, 0 maybe, 0 can't)",
            "• Tue 30 Mar 2027 19:00 CEST: #1 **Weekly review**, Library room 2",
            "• Tue 6 Apr 2027 19:00 CEST: #1 **Weekly review**, Library room 2",
        ],
        lines);
    }
}
