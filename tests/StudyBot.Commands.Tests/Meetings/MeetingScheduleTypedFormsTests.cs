using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Commands.Tests.Support;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Tests.Meetings;

/// <summary>
/// /meeting schedule with the times, zones and repeats people type (issue 11), on 15 March 2027 12:00Z:
/// 13:00 CET in Algo Club's Berlin, 08:00 EDT in New York (which moved its clocks on 14 March).
/// </summary>
public sealed class MeetingScheduleTypedFormsTests
{
    private const string Schedule = "/meeting schedule group:\"Algo Club\" title:\"Study night\"";

    [Fact]
    public async Task NextTuesdayMonthlyOnTheSecondLastFriday_EchoesTheDaysAndTheRemindersAsAList()
    {
        using var harness = await MeetingHarness.CreateAsync();

        var reply = await harness.RunAsync($"{Schedule} start:\"next tue 7pm\" repeat:\"monthly on 2nd last fri\" reminders:\"2h,3d,1d\"", @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        var plain = RichText.ToPlain(reply.Text);
        Assert.Contains("monthly on the 2nd last Fri", plain, StringComparison.Ordinal);
        Assert.Contains("Next: Fri 19 Mar 2027 19:00 CET; Fri 23 Apr 2027 19:00 CEST; Fri 21 May 2027 19:00 CEST", plain, StringComparison.Ordinal);
        Assert.Contains("Reminders: 3 days, 1 day and 2 hours before.", plain, StringComparison.Ordinal);
        await using var db = harness.Db();
        var series = await db.MeetingSeries.SingleAsync();
        Assert.Equal(new LocalDateTime(2027, 3, 16, 19, 0), series.FirstStart);
        Assert.Equal("FREQ=MONTHLY;BYDAY=-2FR", series.Recurrence);
    }

    [Fact]
    public async Task AZoneAfterTheTime_IsConvertedToTheGroupsZone_AndTheEchoSaysSo()
    {
        using var harness = await MeetingHarness.CreateAsync();

        var reply = await harness.RunAsync($"{Schedule} start:\"7pm EST\"", @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        var plain = RichText.ToPlain(reply.Text);

        // New York is already on summer time, so "EST" is read as New York's clock: 19:00 EDT, 23:00Z.
        Assert.Contains("Start typed as Mon 15 Mar 2027 19:00 EDT (America/New_York): that is Tue 16 Mar 2027 00:00 CET in Europe/Berlin.", plain, StringComparison.Ordinal);
        Assert.Contains("When: Tue 16 Mar 2027 00:00 CET", plain, StringComparison.Ordinal);
        await using var db = harness.Db();
        Assert.Equal(new LocalDateTime(2027, 3, 16, 0, 0), (await db.MeetingSeries.SingleAsync()).FirstStart);
    }

    [Fact]
    public async Task AZoneThatMovesTheDay_WithDaysOfTheGroupsClock_SaysTheSeriesKeepsTheGroupsClock()
    {
        using var harness = await MeetingHarness.CreateAsync();

        var reply = await harness.RunAsync($"{Schedule} start:\"tue 7pm EST\" repeat:\"every wed\"", @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        var plain = RichText.ToPlain(reply.Text);
        Assert.Contains("Start typed as Tue 16 Mar 2027 19:00 EDT (America/New_York): that is Wed 17 Mar 2027 00:00 CET in Europe/Berlin; the series keeps Europe/Berlin's clock.", plain, StringComparison.Ordinal);
        Assert.Contains("Next: Wed 17 Mar 2027 00:00 CET; Wed 24 Mar 2027 00:00 CET; Wed 31 Mar 2027 00:00 CEST", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UntilInAnyFormAStartTakes_EndsTheSeriesAndIsEchoed()
    {
        using var harness = await MeetingHarness.CreateAsync();

        var reply = await harness.RunAsync($"{Schedule} start:\"2027-03-16 19:00\" repeat:\"every tue\" until:\"30.03.2027\"", @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        Assert.Contains("Last date: Tue 30 Mar 2027.", reply.Text, StringComparison.Ordinal);
        await using var db = harness.Db();
        Assert.Equal(new LocalDate(2027, 3, 30), (await db.MeetingSeries.SingleAsync()).Until);
    }

    [Fact]
    public async Task EveryTwoMonths_KeepsTheFirstMeetingsDay_AndSaysSo()
    {
        using var harness = await MeetingHarness.CreateAsync();

        var reply = await harness.RunAsync($"{Schedule} start:\"2027-03-16 19:00\" repeat:\"every 2 months\"", @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        Assert.Contains("Next: Tue 16 Mar 2027 19:00 CET; Sun 16 May 2027 19:00 CEST; Fri 16 Jul 2027 19:00 CEST", StudyBot.Core.Messaging.RichText.ToPlain(reply.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("start:\"3/4 19:00\"", "`3/4` could be 3 April or 4 March. Type `apr 3` or `mar 4`.")]
    [InlineData("start:\"7pm IST\"", "`IST` is used for more than one zone: India (`Asia/Kolkata`), Israel (`Asia/Jerusalem`) or Ireland (`Europe/Dublin`). Type the zone you mean, such as `Asia/Kolkata`.")]
    [InlineData("start:\"2027-03-16 19:00\" repeat:\"every tue\" until:\"3/4\"", "`until`: `3/4` could be 3 April or 4 March. Type `apr 3` or `mar 4`.")]
    [InlineData("start:\"2027-03-16 19:00\" repeat:\"every tue\" until:\"someday\"", "`until`: Unknown word `someday`. Type a time such as `19:00`, `7pm`, `tue 18:30`, `tomorrow 9am` or `2026-12-01 18:00`.")]
    [InlineData(
        "start:\"tue 7pm EST\" repeat:\"every tue\"",
        "Tue 16 Mar 2027 19:00 EDT is Wed 17 Mar 2027 00:00 CET in the group's zone (Europe/Berlin), and the series repeats on the group's clock, so `every Tue` would not meet then. Give the days as the group's clock sees them, such as `repeat:\"every wed\"`.")]
    public async Task TypedFormThatCannotBeRead_IsRefusedWithAnExample_AndNothingIsStored(string options, string error)
    {
        using var harness = await MeetingHarness.CreateAsync();

        var reply = await Refusal.AssertRefusedAsync(harness, $"{Schedule} {options}", "alice");

        Assert.Equal(error, reply.Text);
        await using var db = harness.Db();
        Assert.Empty(await db.MeetingSeries.ToListAsync());
    }

    [Fact]
    public async Task Help_ListsTheTimesYouCanType()
    {
        using var harness = await MeetingHarness.CreateAsync();

        var reply = await harness.RunAsync("/help meeting schedule", @as: "bob");

        Assert.Contains("Times you can type:", reply.Text, StringComparison.Ordinal);
        Assert.Contains("`3/4` that could be either is asked about", reply.Text, StringComparison.Ordinal);
        Assert.Contains("`7pm EST`", reply.Text, StringComparison.Ordinal);
    }
}
