using NodaTime;
using NodaTime.TimeZones;

namespace StudyBot.Core.Meetings;

/// <summary>Expands a <see cref="MeetingSchedule"/> into meetings, resolving local times in a zone.</summary>
public static class Occurrences
{
    // LocalDate arithmetic throws near year 9999; no study group plans that far.
    private const int LastYear = 9990;

    /// <summary>
    /// The meetings of <paramref name="schedule"/> that start at or after <paramref name="from"/>, in order,
    /// lazily, ending at the schedule's Until or Count (or never). Indexes count from the series' first
    /// meeting, whatever <paramref name="from"/> is.
    /// </summary>
    public static IEnumerable<Occurrence> From(MeetingSchedule schedule, DateTimeZone zone, Instant from)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(zone);
        return Expand(schedule, zone, from);
    }

    /// <summary>The first meeting at or after <paramref name="from"/>, or null when the series is over.</summary>
    public static Occurrence? Next(MeetingSchedule schedule, DateTimeZone zone, Instant from) =>
        From(schedule, zone, from).FirstOrDefault();

    /// <summary>The series' meeting on a local date, or null when there is none that day.</summary>
    public static Occurrence? OnDate(MeetingSchedule schedule, DateTimeZone zone, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(zone);
        return Expand(schedule, zone, Instant.MinValue)
            .TakeWhile(o => o.Local.Date <= date)
            .FirstOrDefault(o => o.Local.Date == date);
    }

    /// <summary>
    /// The instant of a local time in a zone, the way calendars (RFC 5545) do it: a local time inside a
    /// daylight-saving gap moves forward by the gap's length (02:30 in a 02:00 to 03:00 gap becomes 03:30),
    /// and an ambiguous one in a fall-back overlap takes the earlier instant.
    /// </summary>
    public static Instant Resolve(LocalDateTime local, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);

        // LenientResolver is exactly "earlier of an ambiguous pair, shift a skipped time forward by the gap".
        return zone.ResolveLocal(local, Resolvers.LenientResolver).ToInstant();
    }

    private static IEnumerable<Occurrence> Expand(MeetingSchedule schedule, DateTimeZone zone, Instant from)
    {
        var index = 0;
        foreach (var date in Dates(schedule.Recurrence, schedule.FirstStart.Date))
        {
            if (date > schedule.Until || index >= schedule.Count)
            {
                yield break;
            }

            var local = date + schedule.FirstStart.TimeOfDay;
            var start = Resolve(local, zone);
            if (start >= from)
            {
                yield return new Occurrence(index, local, start);
            }

            index++;
        }
    }

    /// <summary>The meeting dates on or after <paramref name="first"/>, in order.</summary>
    private static IEnumerable<LocalDate> Dates(Recurrence rule, LocalDate first) => rule.Kind switch
    {
        RecurrenceKind.Weekly => WeeklyDates(rule, first),
        RecurrenceKind.MonthlyByWeekday => MonthlyDates(first, rule.IntervalMonths, month => NthWeekday(month, rule.WeekOfMonth, rule.Weekday)),
        RecurrenceKind.MonthlyByDay => MonthlyDates(first, rule.IntervalMonths, month =>
            rule.DayOfMonth <= month.Calendar.GetDaysInMonth(month.Year, month.Month) ? month.OnDayOfMonth(rule.DayOfMonth) : null),
        _ => [first],
    };

    private static IEnumerable<LocalDate> WeeklyDates(Recurrence rule, LocalDate first)
    {
        var days = rule.Days;
        var monday = first.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        for (; monday.Year <= LastYear; monday = monday.PlusWeeks(rule.IntervalWeeks))
        {
            foreach (var day in days)
            {
                var date = monday.PlusDays((int)day - 1);
                if (date >= first)
                {
                    yield return date;
                }
            }
        }
    }

    /// <summary>Every <paramref name="interval"/>th month counted from the first meeting's month.</summary>
    private static IEnumerable<LocalDate> MonthlyDates(LocalDate first, int interval, Func<YearMonth, LocalDate?> dateIn)
    {
        for (var month = first.ToYearMonth(); month.Year <= LastYear; month = month.PlusMonths(interval))
        {
            if (dateIn(month) is { } date && date >= first)
            {
                yield return date;
            }
        }
    }

    private static LocalDate NthWeekday(YearMonth month, int weekOfMonth, IsoDayOfWeek weekday)
    {
        if (weekOfMonth < 0)
        {
            // -1 is the last such weekday, -2 the one a week before it.
            return month.OnDayOfMonth(1).With(DateAdjusters.EndOfMonth).With(DateAdjusters.PreviousOrSame(weekday)).PlusWeeks(weekOfMonth + 1);
        }

        return month.OnDayOfMonth(1).With(DateAdjusters.NextOrSame(weekday)).PlusWeeks(weekOfMonth - 1);
    }
}
