using NodaTime;
using StudyBot.Core.Meetings;

namespace StudyBot.Core.Tests.Meetings;

public sealed class EffectiveOccurrencesTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly MeetingSchedule Tuesdays = new(new LocalDateTime(2027, 3, 16, 19, 0), Recurrence.Weekly(IsoDayOfWeek.Tuesday));

    private static OccurrenceChange Change(LocalDateTime original, OccurrenceChangeKind kind, LocalDateTime? to = null) =>
        new(1, original, kind, to, "alice", Instant.FromUtc(2027, 3, 1, 0, 0));

    [Fact]
    public void SkippedAndCancelledMeetingsAreLeftOut_AndAMovedOneComesAtItsNewTimeInStartOrder()
    {
        OccurrenceChange[] changes =
        [
            Change(new LocalDateTime(2027, 3, 16, 19, 0), OccurrenceChangeKind.Skipped),
            Change(new LocalDateTime(2027, 3, 23, 19, 0), OccurrenceChangeKind.Moved, new LocalDateTime(2027, 4, 1, 18, 0)),
            Change(new LocalDateTime(2027, 4, 6, 19, 0), OccurrenceChangeKind.Cancelled),
        ];

        var found = EffectiveOccurrences.From(Tuesdays, Berlin, Instant.FromUtc(2027, 3, 1, 0, 0), changes).Take(4).ToList();

        Assert.Equal(
            [new LocalDateTime(2027, 3, 30, 19, 0), new LocalDateTime(2027, 4, 1, 18, 0), new LocalDateTime(2027, 4, 13, 19, 0), new LocalDateTime(2027, 4, 20, 19, 0)],
            found.Select(o => o.Local));
        Assert.Equal([false, true, false, false], found.Select(o => o.Moved));
        Assert.Equal(new LocalDateTime(2027, 3, 23, 19, 0), found[1].Original);
    }

    [Fact]
    public void AMeetingMovedIntoThePast_IsNotAhead()
    {
        OccurrenceChange[] changes = [Change(new LocalDateTime(2027, 3, 30, 19, 0), OccurrenceChangeKind.Moved, new LocalDateTime(2027, 3, 17, 19, 0))];

        var found = EffectiveOccurrences.From(Tuesdays, Berlin, Instant.FromUtc(2027, 3, 20, 0, 0), changes).Take(2).ToList();

        Assert.Equal([new LocalDateTime(2027, 3, 23, 19, 0), new LocalDateTime(2027, 4, 6, 19, 0)], found.Select(o => o.Local));
    }
}
