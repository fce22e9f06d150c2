using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace StudyBot.Testing.Calendar;

/// <summary>Reads iCalendar value types: local and UTC date-times, offsets, durations and rule parts.</summary>
internal static class IcsValues
{
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss");

    public static bool IsUtc(string value) => value.EndsWith('Z');

    public static LocalDateTime LocalDateTime(string value)
    {
        IcsCheck.That(!IsUtc(value), $"Expected a local date-time, got {value}");
        return Local.Parse(value).GetValueOrThrow();
    }

    public static Instant Utc(string value)
    {
        IcsCheck.That(IsUtc(value), $"Expected a UTC date-time, got {value}");
        return Local.Parse(value[..^1]).GetValueOrThrow().InUtc().ToInstant();
    }

    public static Offset Offset(string value)
    {
        var sign = value[0] == '-' ? -1 : 1;
        IcsCheck.That(value[0] is '+' or '-', $"Not an offset: {value}");
        var hours = int.Parse(value[1..3], CultureInfo.InvariantCulture);
        var minutes = int.Parse(value[3..5], CultureInfo.InvariantCulture);
        var seconds = value.Length > 5 ? int.Parse(value[5..7], CultureInfo.InvariantCulture) : 0;
        return NodaTime.Offset.FromSeconds(sign * ((hours * 3600) + (minutes * 60) + seconds));
    }

    public static Duration Duration(string value)
    {
        IcsCheck.That(value.StartsWith("PT", StringComparison.Ordinal), $"Only PT durations are read: {value}");
        var total = NodaTime.Duration.Zero;
        var number = 0;
        foreach (var c in value[2..])
        {
            if (char.IsAsciiDigit(c))
            {
                number = (number * 10) + (c - '0');
                continue;
            }

            total += c switch
            {
                'H' => NodaTime.Duration.FromHours(number),
                'M' => NodaTime.Duration.FromMinutes(number),
                'S' => NodaTime.Duration.FromSeconds(number),
                _ => throw new FormatException(value),
            };
            number = 0;
        }

        return total;
    }

    /// <summary>RRULE parts as a dictionary (FREQ, BYDAY, ...).</summary>
    public static Dictionary<string, string> RuleParts(string value) =>
        value.Split(';').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    public static IsoDayOfWeek Weekday(string code) => code switch
    {
        "MO" => IsoDayOfWeek.Monday,
        "TU" => IsoDayOfWeek.Tuesday,
        "WE" => IsoDayOfWeek.Wednesday,
        "TH" => IsoDayOfWeek.Thursday,
        "FR" => IsoDayOfWeek.Friday,
        "SA" => IsoDayOfWeek.Saturday,
        "SU" => IsoDayOfWeek.Sunday,
        _ => throw new FormatException(code),
    };

    /// <summary>A BYDAY entry such as <c>TU</c>, <c>2SU</c> or <c>-1FR</c>: ordinal (0 for none) and weekday.</summary>
    public static (int Ordinal, IsoDayOfWeek Day) ByDay(string entry) =>
        entry.Length == 2 ? (0, Weekday(entry)) : (int.Parse(entry[..^2], CultureInfo.InvariantCulture), Weekday(entry[^2..]));

    /// <summary>The dates in a month a BYDAY/BYMONTHDAY pair selects, in order.</summary>
    public static IEnumerable<LocalDate> DaysInMonth(YearMonth month, string? byDay, string? byMonthDay)
    {
        var length = CalendarSystem.Iso.GetDaysInMonth(month.Year, month.Month);
        var all = Enumerable.Range(1, length).Select(month.OnDayOfMonth).ToList();
        IEnumerable<LocalDate> days = all;
        if (byMonthDay is not null)
        {
            var wanted = byMonthDay.Split(',').Select(d => int.Parse(d, CultureInfo.InvariantCulture)).ToHashSet();
            days = days.Where(d => wanted.Contains(d.Day));
        }

        if (byDay is not null)
        {
            var picked = new HashSet<LocalDate>();
            foreach (var (ordinal, weekday) in byDay.Split(',').Select(ByDay))
            {
                var matching = all.Where(d => d.DayOfWeek == weekday).ToList();
                if (ordinal == 0)
                {
                    picked.UnionWith(matching);
                }
                else if (Math.Abs(ordinal) <= matching.Count)
                {
                    picked.Add(ordinal > 0 ? matching[ordinal - 1] : matching[^-ordinal]);
                }
            }

            days = days.Where(picked.Contains);
        }

        return days;
    }
}
