using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Commands.Tests.Support;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Tests.Meetings;

public sealed class MeetingScheduleTests
{
    [Fact]
    public async Task Schedule_EchoesTheFirstMeetingsInTheGroupsZone_AcrossDaylightSaving()
    {
        using var harness = await MeetingHarness.CreateAsync();

        var reply = await harness.RunAsync(MeetingHarness.Weekly, @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        Assert.False(reply.Ephemeral);
        var plain = RichText.ToPlain(reply.Text);
        Assert.Contains("Next: Tue 16 Mar 2027 19:00 CET; Tue 23 Mar 2027 19:00 CET; Tue 30 Mar 2027 19:00 CEST", plain, StringComparison.Ordinal);
        Assert.Contains("every Tue", plain, StringComparison.Ordinal);
        Assert.Contains("Reminders: 1 day and 15 minutes before.", plain, StringComparison.Ordinal);
        Assert.Contains(RichText.Timestamp(Instant.FromUtc(2027, 3, 30, 17, 0).ToUnixTimeSeconds(), "Tue 30 Mar 2027 19:00 CEST"), reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_StoresTheSeriesAndPlansTheFirstReminders()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        await using var db = harness.Db();
        var series = await db.MeetingSeries.SingleAsync();
        Assert.Equal("Weekly review", series.Title);
        Assert.Equal(new LocalDateTime(2027, 3, 16, 19, 0), series.FirstStart);
        Assert.Equal("1440,15", series.ReminderOffsets);
        Assert.Equal("Library room 2", series.Location);
        var planned = await PlannedWork.ReadAsync(db);
        Assert.Equal(
            [Instant.FromUtc(2027, 3, 15, 18, 0), Instant.FromUtc(2027, 3, 15, 18, 0), Instant.FromUtc(2027, 3, 16, 17, 45), Instant.FromUtc(2027, 3, 16, 18, 0)],
            planned.Select(r => r.DueAt));

        // The rotation is fixed with the first reminder.
        Assert.Equal([PlannedWork.Reminder, PlannedWork.RoleFix, PlannedWork.Reminder, PlannedWork.Advance], planned.Select(r => r.Kind));
    }

    [Fact]
    public async Task Schedule_ReminderAlreadyPast_IsNotPlanned()
    {
        using var harness = await MeetingHarness.CreateAsync();

        var reply = await harness.RunAsync("/meeting schedule group:\"Algo Club\" title:Sync start:\"in 2h\" reminders:\"1d,15m\"", @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        await using var db = harness.Db();
        var planned = await PlannedWork.ReadAsync(db);
        Assert.Equal([15, 0], planned.Where(w => w.Kind != PlannedWork.RoleFix).Select(r => r.OffsetMinutes));

        // The roles of a meeting that close are fixed at once, though their lead time has passed.
        Assert.True(planned.Single(w => w.Kind == PlannedWork.RoleFix).DueAt < Instant.FromDateTimeOffset(harness.Time.GetUtcNow()));
    }

    [Theory]
    [InlineData("start:\"2027-03-14 19:00\"", "is in the past")]
    [InlineData("start:\"2027-03-16 19:00\" repeat:\"every tue\" until:2027-03-01", "is before the first meeting")]
    [InlineData("start:\"2027-03-16 19:00\" repeat:\"every tue\" until:9999-12-31", "`until` 9999-12-31 is more than 10 years ahead. Give an end date up to 2037-03-15, e.g. `until:2028-03-15`")]
    [InlineData("start:\"2027-03-16 19:00\" repeat:\"every tus\"", "Unknown weekday `tus`. Did you mean `tue`?")]
    [InlineData("start:\"2027-03-16 19:00\" repeat:\"every 0 weeks on tue\"", "Use every 1 to 52 weeks; `every 0 weeks` is out of range.")]
    [InlineData("start:\"2027-03-16 19:00\" repeat:\"monthly on 5th tue\"", "Not every month has a 5th tue")]
    [InlineData("start:\"2027-03-16 19:00\" repeat:\"every tue,thu\" reminders:\"3d\"", "cannot work for a meeting that repeats every Tue and Thu")]
    [InlineData("start:\"2027-03-16 19:00\" reminders:\"1d,12h,6h,1h,30m,10m\"", "Give at most 5 reminders; you gave 6.")]
    [InlineData("start:\"25:00\"", "`25:00` is not a time: hours run from 00 to 23.")]
    [InlineData("start:\"2027-02-30 18:00\"", "`2027-02-30` is not a date: February 2027 has 28 days.")]
    [InlineData("start:\"7\"", "`7` could be morning or evening: type `7pm` or `19:00` (or `7am`).")]
    [InlineData("start:\"2027-03-16 19:00\" duration:\"0m\"", "must last at least 1 minute")]
    [InlineData("start:\"2027-03-16 19:00\" count:0", "`count` must be at least 1")]
    public async Task Schedule_BadInput_GetsAPrivateErrorAndStoresNothing(string options, string expected)
    {
        using var harness = await MeetingHarness.CreateAsync();

        var reply = await Refusal.AssertRefusedAsync(harness, $"/meeting schedule group:\"Algo Club\" title:\"Weekly review\" {options}", "alice");

        Assert.Contains(expected, reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Schedule_ByAMember_IsRefused()
    {
        using var harness = await MeetingHarness.CreateAsync();

        var reply = await Refusal.AssertRefusedAsync(harness, MeetingHarness.Weekly, "bob");

        Assert.Equal("Only organizers of Algo Club can schedule meetings. Ask one of them: alice.", reply.Text);
    }
}
