using NodaTime;
using StudyBot.Application.Text;
using StudyBot.Core.Meetings;
using StudyBot.Core.Results;

namespace StudyBot.Application.Meetings;

/// <summary>
/// A series keeps the group's clock, so a start typed in another zone that lands on another day there
/// (<c>tue 7pm EST</c> is Wednesday 01:00 in Berlin) must not be paired with days the group's clock does
/// not meet on (<c>every tue</c> would meet Mondays 7pm in New York).
/// </summary>
internal static class TypedZoneCheck
{
    /// <summary>Fails when the first meeting of <paramref name="schedule"/> is not the start that was typed.</summary>
    internal static Result<bool> DaysStillMatch(MeetingSchedule schedule, ZonedDateTime? typed, DateTimeZone groupZone)
    {
        if (typed is not { } there || schedule.Recurrence.Kind == RecurrenceKind.Once || there.Date == schedule.FirstStart.Date)
        {
            return true;
        }

        var first = Occurrences.Next(schedule, groupZone, Instant.MinValue);
        if (first is null || first.Local == schedule.FirstStart)
        {
            return true;
        }

        var here = Occurrences.Resolve(schedule.FirstStart, groupZone);
        var day = Weekdays.ShortName(schedule.FirstStart.DayOfWeek).ToLowerInvariant();
        return Result<bool>.Fail(
            $"{LocalTimeText.Format(there)} is {LocalTimeText.Format(here, groupZone)} in the group's zone ({groupZone.Id}), and the series repeats on the group's clock, " +
            $"so `{schedule.Recurrence.Describe()}` would not meet then. Give the days as the group's clock sees them, such as `repeat:\"every {day}\"`.");
    }
}
