using System.Globalization;
using NodaTime;
using StudyBot.Core.Meetings;

namespace StudyBot.Application.Calendar;

/// <summary>
/// Finds the yearly rules a zone's transitions settle into (such as "last Sunday of March at 02:00"), so a
/// VTIMEZONE for an endless series can say RRULE instead of listing dates forever.
/// </summary>
internal static class IcsYearlyRules
{
    /// <summary>A yearly rule and the transitions at the end of the list it stands for.</summary>
    /// <param name="First">The first transition it covers: the observance's DTSTART.</param>
    /// <param name="Rule">The RRULE value.</param>
    /// <param name="Count">How many listed transitions it covers.</param>
    public sealed record TailRule(IcsTransition First, string Rule, int Count);

    /// <summary>
    /// The rules that cover the longest run at the end of <paramref name="transitions"/>, judged by those from
    /// <paramref name="settledFrom"/> on; empty when the zone stops changing (its last offset lasts) or follows
    /// no yearly rule (the listed dates then stand alone).
    /// </summary>
    public static IReadOnlyList<TailRule> Tail(IReadOnlyList<IcsTransition> transitions, Instant settledFrom)
    {
        var settled = transitions.Where(t => t.At >= settledFrom).ToList();
        var patterns = new Dictionary<(Offset, Offset), Pattern>();
        foreach (var group in settled.GroupBy(t => (t.From, t.To)))
        {
            if (Pattern.Of(group.Select(t => t.Local).ToList()) is not { } pattern)
            {
                return [];
            }

            patterns[group.Key] = pattern;
        }

        // Walk back while each transition fits its rule and comes a year before the next of its kind.
        var start = transitions.Count;
        var nextYear = new Dictionary<(Offset, Offset), int>();
        while (start > 0)
        {
            var transition = transitions[start - 1];
            var key = (transition.From, transition.To);
            if (!patterns.TryGetValue(key, out var pattern) || !pattern.Matches(transition.Local)
                || (nextYear.TryGetValue(key, out var year) && year != transition.Local.Year + 1))
            {
                break;
            }

            nextYear[key] = transition.Local.Year;
            start--;
        }

        return transitions.Skip(start).GroupBy(t => (t.From, t.To))
            .Select(g => new TailRule(g.First(), patterns[g.Key].Rule, g.Count()))
            .OrderBy(t => t.First.At)
            .ToList();
    }

    /// <summary>A month, a time and either a fixed day or a weekday within seven days from <see cref="FirstDay"/>.</summary>
    private sealed record Pattern(int Month, LocalTime Time, IsoDayOfWeek? Weekday, int FirstDay)
    {
        public static Pattern? Of(List<LocalDateTime> onsets)
        {
            var first = onsets[0];
            if (onsets.Any(o => o.Month != first.Month || o.TimeOfDay != first.TimeOfDay))
            {
                return null;
            }

            if (onsets.All(o => o.Day == first.Day))
            {
                return new Pattern(first.Month, first.TimeOfDay, null, first.Day);
            }

            var days = onsets.Select(o => o.Day).ToList();
            var firstDay = Math.Max(1, days.Max() - 6);
            var fits = onsets.All(o => o.DayOfWeek == first.DayOfWeek) && days.Min() >= firstDay && firstDay + 6 <= DaysIn(first.Month);
            return fits ? new Pattern(first.Month, first.TimeOfDay, first.DayOfWeek, firstDay) : null;
        }

        public string Rule
        {
            get
            {
                var month = string.Create(CultureInfo.InvariantCulture, $"FREQ=YEARLY;BYMONTH={Month}");
                if (Weekday is not { } weekday)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"{month};BYMONTHDAY={FirstDay}");
                }

                var code = Weekdays.RuleCode(weekday);
                if ((FirstDay - 1) % 7 == 0 && FirstDay <= 22)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"{month};BYDAY={((FirstDay - 1) / 7) + 1}{code}");
                }

                return FirstDay + 6 == DaysIn(Month)
                    ? $"{month};BYDAY=-1{code}"
                    : $"{month};BYDAY={code};BYMONTHDAY={string.Join(',', Enumerable.Range(FirstDay, 7).Select(d => d.ToString(CultureInfo.InvariantCulture)))}";
            }
        }

        public bool Matches(LocalDateTime onset) =>
            onset.Month == Month && onset.TimeOfDay == Time
            && (Weekday is { } weekday ? onset.DayOfWeek == weekday && onset.Day >= FirstDay && onset.Day <= FirstDay + 6 : onset.Day == FirstDay);

        // February's length varies, so a weekday rule must end by the 28th there.
        private static int DaysIn(int month) => month == 2 ? 28 : CalendarSystem.Iso.GetDaysInMonth(2001, month);
    }
}
