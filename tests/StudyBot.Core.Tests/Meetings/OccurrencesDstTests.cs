using NodaTime;
using StudyBot.Core.Meetings;

namespace StudyBot.Core.Tests.Meetings;

public sealed class OccurrencesDstTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone Kolkata = DateTimeZoneProviders.Tzdb["Asia/Kolkata"];

    private static List<Occurrence> Weekly(DateTimeZone zone, LocalDateTime first, IsoDayOfWeek day, int count) =>
        Occurrences.From(new MeetingSchedule(first, Recurrence.Weekly(day), count: count), zone, Instant.MinValue).ToList();

    [Fact]
    public void Berlin_Spring_A1900WeeklyMeetingStaysAt1900Local()
    {
        // Berlin moves from CET (+1) to CEST (+2) on Sunday 2027-03-28.
        var found = Weekly(Berlin, new LocalDateTime(2027, 3, 16, 19, 0), IsoDayOfWeek.Tuesday, 3);

        Assert.Equal(
            [Instant.FromUtc(2027, 3, 16, 18, 0), Instant.FromUtc(2027, 3, 23, 18, 0), Instant.FromUtc(2027, 3, 30, 17, 0)],
            found.Select(o => o.Start));
        Assert.All(found, o => Assert.Equal(new LocalTime(19, 0), o.Start.InZone(Berlin).TimeOfDay));
    }

    [Fact]
    public void Berlin_Fall_A1900WeeklyMeetingStaysAt1900Local()
    {
        // Back from CEST to CET on Sunday 2027-10-31.
        var found = Weekly(Berlin, new LocalDateTime(2027, 10, 26, 19, 0), IsoDayOfWeek.Tuesday, 2);

        Assert.Equal([Instant.FromUtc(2027, 10, 26, 17, 0), Instant.FromUtc(2027, 11, 2, 18, 0)], found.Select(o => o.Start));
    }

    [Fact]
    public void Berlin_Spring_A0230MeetingInTheGapMovesForwardTo0330()
    {
        var found = Weekly(Berlin, new LocalDateTime(2027, 3, 21, 2, 30), IsoDayOfWeek.Sunday, 3);

        Assert.Equal(
            [Instant.FromUtc(2027, 3, 21, 1, 30), Instant.FromUtc(2027, 3, 28, 1, 30), Instant.FromUtc(2027, 4, 4, 0, 30)],
            found.Select(o => o.Start));
        Assert.Equal(new LocalTime(3, 30), found[1].Start.InZone(Berlin).TimeOfDay);
        Assert.Equal(new LocalDateTime(2027, 3, 28, 2, 30), found[1].Local);
    }

    [Fact]
    public void Berlin_Fall_AnAmbiguous0230MeetingTakesTheEarlierInstant()
    {
        var found = Weekly(Berlin, new LocalDateTime(2027, 10, 24, 2, 30), IsoDayOfWeek.Sunday, 3);

        // 02:30 happens twice on 2027-10-31: first at +2 (00:30Z), then at +1 (01:30Z).
        Assert.Equal(
            [Instant.FromUtc(2027, 10, 24, 0, 30), Instant.FromUtc(2027, 10, 31, 0, 30), Instant.FromUtc(2027, 11, 7, 1, 30)],
            found.Select(o => o.Start));
    }

    [Fact]
    public void NewYork_Spring_A1900MeetingStaysAt1900AndAGapTimeMovesForward()
    {
        var evening = Weekly(NewYork, new LocalDateTime(2027, 3, 7, 19, 0), IsoDayOfWeek.Sunday, 2);
        var night = Weekly(NewYork, new LocalDateTime(2027, 3, 14, 2, 30), IsoDayOfWeek.Sunday, 1);

        Assert.Equal([Instant.FromUtc(2027, 3, 8, 0, 0), Instant.FromUtc(2027, 3, 14, 23, 0)], evening.Select(o => o.Start));
        Assert.Equal(Instant.FromUtc(2027, 3, 14, 7, 30), night[0].Start);
        Assert.Equal(new LocalTime(3, 30), night[0].Start.InZone(NewYork).TimeOfDay);
    }

    [Fact]
    public void NewYork_Fall_A1900MeetingStaysAt1900AndAnAmbiguousTimeTakesTheEarlierInstant()
    {
        var evening = Weekly(NewYork, new LocalDateTime(2027, 10, 31, 19, 0), IsoDayOfWeek.Sunday, 2);
        var night = Weekly(NewYork, new LocalDateTime(2027, 11, 7, 1, 30), IsoDayOfWeek.Sunday, 1);

        Assert.Equal([Instant.FromUtc(2027, 10, 31, 23, 0), Instant.FromUtc(2027, 11, 8, 0, 0)], evening.Select(o => o.Start));
        Assert.Equal(Instant.FromUtc(2027, 11, 7, 5, 30), night[0].Start);
    }

    [Fact]
    public void Kolkata_WithoutDaylightSaving_KeepsTheSameUtcTimeAllYear()
    {
        var found = Occurrences.From(
            new MeetingSchedule(new LocalDateTime(2027, 1, 5, 19, 0), Recurrence.Weekly(IsoDayOfWeek.Tuesday), until: new LocalDate(2027, 12, 31)),
            Kolkata,
            Instant.MinValue).ToList();

        Assert.Equal(52, found.Count);
        Assert.All(found, o => Assert.Equal(new LocalTime(13, 30), o.Start.InUtc().TimeOfDay));
    }

    [Fact]
    public void Resolve_MatchesNodaTimesLenientRules()
    {
        Assert.Equal(Instant.FromUtc(2027, 3, 28, 1, 30), Occurrences.Resolve(new LocalDateTime(2027, 3, 28, 2, 30), Berlin));
        Assert.Equal(Instant.FromUtc(2027, 3, 28, 1, 0), Occurrences.Resolve(new LocalDateTime(2027, 3, 28, 2, 0), Berlin));
        Assert.Equal(Instant.FromUtc(2027, 10, 31, 0, 0), Occurrences.Resolve(new LocalDateTime(2027, 10, 31, 2, 0), Berlin));
        Assert.Equal(Instant.FromUtc(2027, 10, 31, 2, 0), Occurrences.Resolve(new LocalDateTime(2027, 10, 31, 3, 0), Berlin));
    }
}
