using NodaTime;

namespace StudyBot.Scheduling.Tests;

/// <summary>The dates a repeat rule gives, worked out plainly day by day, apart from StudyBot's own recurrence code.</summary>
internal static class MeetingDatesOracle
{
    /// <summary>Weekly on <paramref name="days"/> every <paramref name="weeks"/> weeks, counted from the first date's Monday-based week.</summary>
    public static IEnumerable<LocalDate> Weekly(LocalDate first, IReadOnlySet<IsoDayOfWeek> days, int weeks)
    {
        var weekOne = first.PlusDays(1 - (int)first.DayOfWeek);
        for (var date = first; ; date = date.PlusDays(1))
        {
            var week = Period.DaysBetween(weekOne, date) / 7;
            if (days.Contains(date.DayOfWeek) && week % weeks == 0)
            {
                yield return date;
            }
        }
    }

    /// <summary>Monthly on the <paramref name="nth"/> (1 to 4, or -1 for last) <paramref name="weekday"/>.</summary>
    public static IEnumerable<LocalDate> MonthlyOnWeekday(LocalDate first, int nth, IsoDayOfWeek weekday)
    {
        for (var date = first; ; date = date.PlusDays(1))
        {
            var ordinal = ((date.Day - 1) / 7) + 1;
            var isLast = date.PlusDays(7).Month != date.Month;
            if (date.DayOfWeek == weekday && (nth == -1 ? isLast : ordinal == nth))
            {
                yield return date;
            }
        }
    }

    /// <summary>Monthly on day <paramref name="day"/>; months without that day have no meeting.</summary>
    public static IEnumerable<LocalDate> MonthlyOnDay(LocalDate first, int day)
    {
        for (var date = first; ; date = date.PlusDays(1))
        {
            if (date.Day == day)
            {
                yield return date;
            }
        }
    }
}
