using System.Globalization;
using NodaTime;

namespace StudyBot.Testing.Calendar;

/// <summary>Expands an event's RRULE (FREQ=WEEKLY or MONTHLY, INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL) per RFC 5545.</summary>
internal static class IcsEventRule
{
    public static IEnumerable<Instant> Expand(string rule, LocalDateTime start, Func<LocalDateTime, Instant> resolve, Instant end)
    {
        var parts = IcsValues.RuleParts(rule);
        var count = parts.TryGetValue("COUNT", out var c) ? int.Parse(c, CultureInfo.InvariantCulture) : int.MaxValue;
        var until = parts.TryGetValue("UNTIL", out var u) ? IcsValues.Utc(u) : (Instant?)null;
        var produced = 0;
        foreach (var date in Dates(parts, start.Date))
        {
            var instant = resolve(date + start.TimeOfDay);
            if (produced == 0)
            {
                // RFC 5545: DTSTART is the first instance; StudyBot always writes one the rule itself gives.
                IcsCheck.That(date == start.Date, $"DTSTART {start} is not an instance of its RRULE {rule}.");
            }

            if (produced >= count || instant > until || instant >= end)
            {
                yield break;
            }

            produced++;
            yield return instant;
        }
    }

    private static IEnumerable<LocalDate> Dates(Dictionary<string, string> parts, LocalDate first)
    {
        var interval = parts.TryGetValue("INTERVAL", out var i) ? int.Parse(i, CultureInfo.InvariantCulture) : 1;
        IcsCheck.That(parts.GetValueOrDefault("WKST", "MO") == "MO", "Only WKST=MO is read.");
        if (parts["FREQ"] == "WEEKLY")
        {
            var days = parts.TryGetValue("BYDAY", out var byDay) ? byDay.Split(',').Select(IcsValues.Weekday).Order().ToList() : [first.DayOfWeek];
            for (var monday = first.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)); monday.Year < 9990; monday = monday.PlusWeeks(interval))
            {
                foreach (var date in days.Select(d => monday.PlusDays((int)d - 1)).Where(d => d >= first))
                {
                    yield return date;
                }
            }

            yield break;
        }

        IcsCheck.That(parts["FREQ"] == "MONTHLY", $"FREQ={parts["FREQ"]} is not read.");
        for (var month = first.ToYearMonth(); month.Year < 9990; month = month.PlusMonths(interval))
        {
            foreach (var date in IcsValues.DaysInMonth(month, parts.GetValueOrDefault("BYDAY"), parts.GetValueOrDefault("BYMONTHDAY")).Where(d => d >= first))
            {
                yield return date;
            }
        }
    }
}
