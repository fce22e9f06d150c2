using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Commands.Tests.Polls;
using StudyBot.Commands.Tests.Support;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Meetings;

/// <summary>/meeting edit: in place before any meeting was held, split from a day on after, with what follows.</summary>
public sealed class MeetingEditTests
{
    private const string Edit = "/meeting edit group:\"Algo Club\"";

    [Fact]
    public async Task NewTime_BeforeAnyMeeting_EditsInPlace_ReplansRemindersAndTellsTheGroup()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        var reply = await harness.RunAsync($"{Edit} time:19:30", @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        Assert.True(reply.Ephemeral);
        var text = RichText.ToPlain(reply.Text);
        Assert.StartsWith("Updated #1 **Weekly review** from Tue 16 Mar 2027: time 19:00 → 19:30.\nNext: Tue 16 Mar 2027 19:30 CET; Tue 23 Mar 2027 19:30 CET; Tue 30 Mar 2027 19:30 CEST", text, StringComparison.Ordinal);
        await using var db = harness.Db();
        var series = await db.MeetingSeries.SingleAsync();
        Assert.Equal(new LocalDateTime(2027, 3, 16, 19, 30), series.FirstStart);
        var reminders = (await PlannedWork.ReadAsync(db)).Where(r => r.Kind == PlannedWork.Reminder).ToList();
        Assert.Equal([Instant.FromUtc(2027, 3, 15, 18, 30), Instant.FromUtc(2027, 3, 16, 18, 15)], reminders.Select(r => r.DueAt));
        var announcement = RichText.ToPlain(ReplySerializer.Deserialize((await db.Outbox.SingleAsync(o => o.IdempotencyKey.StartsWith("edit:"))).Payload).Text);
        Assert.StartsWith("**Weekly review** changes from Tue 16 Mar 2027: time 19:00 → 19:30.", announcement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterAMeetingWasHeld_SplitsTheSeries_HistoryStaysAndAnswersFollow()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);
        harness.Time.Advance(TimeSpan.FromDays(2)); // 17 March: the 16 March meeting is over
        await MeetingHarness.RequireAsync(harness, "/meeting rsvp status:going date:2027-03-23 group:\"Algo Club\"", "bob");
        await MeetingHarness.RequireAsync(harness, "/meeting attendance date:2027-03-16 present:\"@bob\" group:\"Algo Club\"", "alice");

        var reply = await harness.RunAsync($"{Edit} time:19:30 location:\"Room 5\"", @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        var text = RichText.ToPlain(reply.Text);
        Assert.Contains("Updated #2 **Weekly review** from Tue 23 Mar 2027: time 19:00 → 19:30; location Library room 2 → Room 5.", text, StringComparison.Ordinal);
        Assert.Contains("Meetings before then keep their settings as #1; from then on it is #2", text, StringComparison.Ordinal);
        await using (var db = harness.Db())
        {
            var all = await db.MeetingSeries.OrderBy(s => s.Id).ToListAsync();
            Assert.Equal((new LocalDate(2027, 3, 22), (long?)2, "Library room 2"), (all[0].Until!.Value, all[0].ContinuedBy, all[0].Location));
            Assert.Equal((new LocalDateTime(2027, 3, 23, 19, 30), "Room 5"), (all[1].FirstStart, all[1].Location));
            var answer = await db.Rsvps.SingleAsync();
            Assert.Equal((2L, new LocalDateTime(2027, 3, 23, 19, 30), "bob"), (answer.SeriesId, answer.Occurrence, answer.UserId));
        }

        var list = RichText.ToPlain((await harness.RunAsync("/meeting list group:\"Algo Club\"", @as: "bob")).Text);
        Assert.Contains("Tue 23 Mar 2027 19:30 CET: #2 **Weekly review**, Room 5 (1 going, 0 maybe, 0 can't)", list, StringComparison.Ordinal);
        Assert.DoesNotContain("#1", list, StringComparison.Ordinal); // its only meeting is over
        var history = await harness.RunAsync("/meeting attendance date:2027-03-16 group:\"Algo Club\"", @as: "alice");
        Assert.False(history.IsError, history.Text);
        Assert.Contains("bob", RichText.ToPlain(history.Text + string.Join(' ', history.Fields.Select(f => f.Value))), StringComparison.Ordinal);
        var byOldNumber = await harness.RunAsync("/meeting skip meeting:#1 date:2027-03-30 group:\"Algo Club\"", @as: "alice");
        Assert.False(byOldNumber.IsError, byOldNumber.Text);
        await using var after = harness.Db();
        Assert.Equal(2L, (await after.OccurrenceChanges.SingleAsync()).SeriesId);
    }

    [Fact]
    public async Task AButtonPostedBeforeTheEdit_StillAnswersThatDaysMeeting()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);
        harness.Time.Advance(TimeSpan.FromDays(2));
        await MeetingHarness.RequireAsync(harness, $"{Edit} time:19:30", "alice");

        // The 23 March card went out with the 19:00 slot of series #1; the meeting is now #2's, at 19:30.
        var reply = await PollHarness.PressAsync(harness, "rsvp:1:20270323T1900:going", "bob");

        Assert.False(reply.IsError, reply.Text);
        Assert.StartsWith("Noted: you are going to **Weekly review** on Tue 23 Mar 2027 19:30 CET", RichText.ToPlain(reply.Text), StringComparison.Ordinal);
        await using var db = harness.Db();
        var answer = await db.Rsvps.SingleAsync();
        Assert.Equal((2L, new LocalDateTime(2027, 3, 23, 19, 30)), (answer.SeriesId, answer.Occurrence));
    }

    [Fact]
    public async Task NewTime_KeepsASkip_NewDays_DropsItAndSaysSo()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);
        await MeetingHarness.RequireAsync(harness, "/meeting skip date:2027-03-23 group:\"Algo Club\"", "alice");

        await MeetingHarness.RequireAsync(harness, $"{Edit} time:18:00", "alice");
        await using (var db = harness.Db())
        {
            Assert.Equal(new LocalDateTime(2027, 3, 23, 18, 0), (await db.OccurrenceChanges.SingleAsync()).OriginalStart);
        }

        var list = RichText.ToPlain((await harness.RunAsync("/meeting list group:\"Algo Club\"", @as: "bob")).Text);
        Assert.DoesNotContain("23 Mar", list, StringComparison.Ordinal);

        var reply = await harness.RunAsync($"{Edit} days:wed", @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        var text = RichText.ToPlain(reply.Text);
        Assert.Contains("repeats every Tue → every Wed", text, StringComparison.Ordinal);
        Assert.Contains("Next: Wed 17 Mar 2027 18:00 CET; Wed 24 Mar 2027 18:00 CET", text, StringComparison.Ordinal);
        Assert.Contains("No longer applies (the meeting is not on that day any more): the change on Tue 23 Mar 2027.", text, StringComparison.Ordinal);
        await using var after = harness.Db();
        Assert.Empty(await after.OccurrenceChanges.ToListAsync());
    }

    [Fact]
    public async Task DetailsFromALaterDay_LeaveTheMeetingsBeforeIt()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        var reply = await harness.RunAsync($"{Edit} from:2027-03-30 location:\"Room 5\" reminders:2h", @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        Assert.Contains("location Library room 2 → Room 5; reminders 1 day and 15 minutes before → 2 hours before", RichText.ToPlain(reply.Text), StringComparison.Ordinal);
        var list = RichText.ToPlain((await harness.RunAsync("/meeting list group:\"Algo Club\"", @as: "bob")).Text);
        Assert.Contains("Tue 16 Mar 2027 19:00 CET: #1 **Weekly review**, Library room 2", list, StringComparison.Ordinal);
        Assert.Contains("Tue 23 Mar 2027 19:00 CET: #1 **Weekly review**, Library room 2", list, StringComparison.Ordinal);
        Assert.Contains("Tue 30 Mar 2027 19:00 CEST: #2 **Weekly review**, Room 5", list, StringComparison.Ordinal);
        await using var db = harness.Db();
        var reminders = (await PlannedWork.ReadAsync(db)).Where(r => r.Kind == PlannedWork.Reminder).Select(r => (r.Occurrence.Day, r.OffsetMinutes)).ToList();
        // The old part's 23rd is planned when the 16th begins, as always; the new part's first meeting has its 2-hour reminder.
        Assert.Equal([(16, 1440), (16, 15), (30, 120)], reminders);
    }

    [Fact]
    public async Task CancellingAfterAnEditFromALaterDay_CancelsTheMeetingsBeforeItToo()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);
        await MeetingHarness.RequireAsync(harness, $"{Edit} from:2027-03-30 location:\"Room 5\"", "alice");

        await MeetingHarness.RequireAsync(harness, "/meeting cancel meeting:\"Weekly review\" group:\"Algo Club\"", "alice");

        var list = RichText.ToPlain((await harness.RunAsync("/meeting list group:\"Algo Club\"", @as: "bob")).Text);
        Assert.StartsWith("Algo Club has no meetings ahead.", list, StringComparison.Ordinal);
        await using var db = harness.Db();
        Assert.Empty(await db.ScheduledWork.ToListAsync());
    }

    [Fact]
    public async Task AnAgenda_PointsAtTheGroupsResources_AsLinks()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);
        await MeetingHarness.RequireAsync(harness, "/resource add url:https://mitpress.mit.edu/sicp title:\"SICP\" group:\"Algo Club\"", "bob");

        var missing = await Refusal.AssertRefusedAsync(harness, $"{Edit} agenda:\"Read resource:#7\"", "alice");
        var reply = await harness.RunAsync($"{Edit} agenda:\"Read resource:#1 chapter 1\"", @as: "alice");

        Assert.Equal("The agenda names resource #7, which Algo Club does not have. `/resource list` shows its resources with their numbers.", missing.Text);
        Assert.Contains("agenda updated", reply.Text, StringComparison.Ordinal);
        await using var db = harness.Db();
        var agenda = (await db.MeetingSeries.SingleAsync()).Agenda!;
        Assert.Equal("Read #1 SICP (https://mitpress.mit.edu/sicp) chapter 1", RichText.ToPlain(agenda));
    }

    [Fact]
    public async Task ACountedSeries_SplitsItsCount()
    {
        using var harness = await MeetingHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, "/meeting schedule group:\"Algo Club\" title:\"Sprint\" start:\"2027-03-16 19:00\" repeat:\"every tue\" count:4", "alice");
        harness.Time.Advance(TimeSpan.FromDays(2));

        var reply = await harness.RunAsync($"{Edit} time:20:00", @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        await using var db = harness.Db();
        var all = await db.MeetingSeries.OrderBy(s => s.Id).Select(s => s.Count).ToListAsync();
        Assert.Equal([1, 3], all);
    }

    [Theory]
    [InlineData("", "Say what to change, e.g. `time:19:30`")]
    [InlineData(" days:wed repeat:\"monthly on 1st tue\"", "Give `days` or `repeat`, not both")]
    [InlineData(" from:2027-03-01 time:18:00", "`from` is Mon 1 Mar 2027, which has passed")]
    [InlineData(" time:\"half seven\"", "`half seven` is not a time of day. Give one like `19:30`, `7pm` or `noon`.")]
    [InlineData(" days:fortnight", "`days` takes weekdays such as `wed` or `mon,thu`; got `fortnight`.")]
    [InlineData(" until:2027-02-01", "The end date 2027-02-01 is before the first meeting")]
    [InlineData(" until:9999-12-31", "`until` 9999-12-31 is more than 10 years ahead.")]
    [InlineData(" location:\"Library room 2\"", "Nothing to change: Weekly review already has those settings.")]
    [InlineData(" meeting:\"Weekly reveiw\" time:18:00", "Algo Club has no meeting called \"Weekly reveiw\". Did you mean \"Weekly review\"?")]
    public async Task BadEdits_SayWhatToFix_AndStoreNothing(string options, string expected)
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        var reply = await Refusal.AssertRefusedAsync(harness, Edit + options, "alice");

        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
        await using var db = harness.Db();
        Assert.Equal(new LocalDateTime(2027, 3, 16, 19, 0), (await db.MeetingSeries.SingleAsync()).FirstStart);
    }

    [Fact]
    public async Task ByAMember_IsRefused()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        var reply = await Refusal.AssertRefusedAsync(harness, $"{Edit} time:18:00", "bob");

        Assert.StartsWith("Only organizers of Algo Club can edit meetings.", reply.Text, StringComparison.Ordinal);
    }
}
