using NodaTime;
using StudyBot.Application.Calendar;
using StudyBot.Testing.Calendar;
using StudyBot.Core.Meetings;

namespace StudyBot.Application.Tests.Calendar;

/// <summary>The export bugs issue 11 found, each read back with the independent <see cref="IcsReader"/>.</summary>
public sealed class IcsClockChangeTests
{
    private static readonly Instant Stamp = Instant.FromUtc(2027, 3, 15, 12, 0);

    private static IcsSeries Series(MeetingSchedule schedule, string zone, IReadOnlyList<IcsMove>? moves = null) =>
        new("meeting-9@studybot", "Study", null, null, null, schedule, zone, Duration.FromHours(1), [], moves ?? []);

    [Fact]
    public void Dublin_WinterIsGmtAndSummerIsIrishStandardTime()
    {
        var schedule = new MeetingSchedule(new LocalDateTime(2027, 1, 12, 19, 0), Recurrence.Weekly(IsoDayOfWeek.Tuesday), count: 30);

        var reader = new IcsReader(IcsExport.Create("Study", [Series(schedule, "Europe/Dublin")], Stamp));

        var offsets = reader.Calendar.All("VTIMEZONE").Single().Children
            .Select(o => (o.One("TZOFFSETFROM")!.Value, o.One("TZOFFSETTO")!.Value)).Distinct().ToList();
        Assert.All(offsets, o => Assert.Contains(o, new[] { ("+0100", "+0000"), ("+0000", "+0100") }));
        var starts = reader.Starts(LocalTimePolicy.Rfc5545, Instant.MaxValue);
        Assert.Equal(Instant.FromUtc(2027, 1, 12, 19, 0), starts[0]);
        Assert.Equal(Instant.FromUtc(2027, 4, 6, 18, 0), starts[12]);
    }

    [Fact]
    public void SeriesStartingYearsAhead_Exports()
    {
        var schedule = new MeetingSchedule(new LocalDateTime(2031, 6, 3, 19, 0), Recurrence.MonthlyByWeekday(1, IsoDayOfWeek.Tuesday));

        var reader = new IcsReader(IcsExport.Create("Study", [Series(schedule, "Pacific/Chatham")], Stamp));

        // 19:00 at +12:45 in winter, +13:45 in summer.
        var starts = reader.Starts(LocalTimePolicy.Rfc5545, Instant.FromUtc(2032, 1, 1, 0, 0));
        Assert.Equal(Instant.FromUtc(2031, 6, 3, 6, 15), starts[0]);
        Assert.Equal(Instant.FromUtc(2031, 12, 2, 5, 15), starts[^1]);
    }

    [Fact]
    public void UntilTheEndOfTime_ExportsWithoutOverflowing()
    {
        var schedule = new MeetingSchedule(new LocalDateTime(2027, 3, 16, 19, 0), Recurrence.Weekly(IsoDayOfWeek.Tuesday), until: new LocalDate(9999, 12, 31));

        var reader = new IcsReader(IcsExport.Create("Study", [Series(schedule, "America/St_Johns")], Stamp));

        var starts = reader.Starts(LocalTimePolicy.Rfc5545, Instant.FromUtc(2027, 4, 1, 0, 0));
        Assert.Equal([Instant.FromUtc(2027, 3, 16, 21, 30), Instant.FromUtc(2027, 3, 23, 21, 30), Instant.FromUtc(2027, 3, 30, 21, 30)], starts);
    }

    [Theory]
    [InlineData(LocalTimePolicy.Rfc5545)]
    [InlineData(LocalTimePolicy.Contrary)]
    public void MeetingsInAGapOrOverlap_AreReadAlikeByEveryApp(LocalTimePolicy policy)
    {
        // Lord Howe moves its clocks by 30 minutes: 02:00-02:30 is skipped on 3 Oct 2027, 01:30-02:00 repeated on 2 Apr 2028.
        var schedule = new MeetingSchedule(new LocalDateTime(2027, 9, 5, 2, 15), Recurrence.MonthlyByWeekday(1, IsoDayOfWeek.Sunday), count: 8);
        var moved = new IcsMove(new LocalDateTime(2027, 11, 7, 2, 15), new LocalDateTime(2028, 4, 2, 1, 45));

        var ics = IcsExport.Create("Study", [Series(schedule, "Australia/Lord_Howe", [moved])], Stamp);

        Assert.Contains("EXDATE;TZID=Australia/Lord_Howe:20271003T021500", ics, StringComparison.Ordinal);
        Assert.Contains("UID:meeting-9-20271003T021500@studybot", ics, StringComparison.Ordinal);
        var starts = new IcsReader(ics).Starts(policy, Instant.MaxValue);
        Assert.Equal(
            [
                Instant.FromUtc(2027, 9, 4, 15, 45), // 02:15 at +10:30
                Instant.FromUtc(2027, 10, 2, 15, 45), // skipped 02:15 is 02:45 at +11:00
                Instant.FromUtc(2027, 12, 4, 15, 15),
                Instant.FromUtc(2028, 1, 1, 15, 15),
                Instant.FromUtc(2028, 2, 5, 15, 15),
                Instant.FromUtc(2028, 3, 4, 15, 15),
                Instant.FromUtc(2028, 4, 1, 14, 45), // moved to the repeated 01:45: the earlier, at +11:00
                Instant.FromUtc(2028, 4, 1, 15, 45), // 02:15 at +10:30 again
            ],
            starts);
    }
}
