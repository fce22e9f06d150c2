using System.Globalization;
using NodaTime;
using StudyBot.Core.Results;
using StudyBot.Core.Text;

namespace StudyBot.Core.Meetings;

/// <summary>How a recurrence reads for people, for calendars (RRULE) and for storage.</summary>
public sealed partial record Recurrence
{
    private const string OnceStorage = "ONCE";

    /// <summary>
    /// Human text: "once", "every Tue and Thu", "every Mon, Wed and Fri", "every day", "every weekday",
    /// "every 2 weeks on Mon", "monthly on the 3rd Tue", "monthly on the last Fri", "monthly on the 2nd last Fri",
    /// "every 2 months on day 15". <see cref="RepeatParser"/> reads each back to the same rule.
    /// </summary>
    public string Describe()
    {
        switch (Kind)
        {
            case RecurrenceKind.Weekly:
                var days = NaturalList.Join(Days.Select(Weekdays.ShortName));
                if (IntervalWeeks > 1)
                {
                    return $"every {IntervalWeeks} weeks on {days}";
                }

                return _dayMask switch
                {
                    0b111_1111 => "every day",
                    0b001_1111 => "every weekday",
                    _ => $"every {days}",
                };
            case RecurrenceKind.MonthlyByWeekday:
                var week = WeekOfMonth switch
                {
                    -1 => "last",
                    < -1 => $"{Ordinal(-WeekOfMonth)} last",
                    _ => Ordinal(WeekOfMonth),
                };
                return $"{MonthlyPrefix()} on the {week} {Weekdays.ShortName(Weekday)}";
            case RecurrenceKind.MonthlyByDay:
                return string.Create(CultureInfo.InvariantCulture, $"{MonthlyPrefix()} on day {DayOfMonth}");
            default:
                return "once";
        }
    }

    /// <summary>
    /// The RFC 5545 RRULE value without UNTIL or COUNT (those belong to the schedule), such as
    /// <c>FREQ=WEEKLY;INTERVAL=2;BYDAY=MO</c>, <c>FREQ=MONTHLY;BYDAY=-1FR</c> or
    /// <c>FREQ=MONTHLY;BYMONTHDAY=15</c>; null for <see cref="Once"/>, which has no rule.
    /// </summary>
    public string? ToRRule() => Kind switch
    {
        RecurrenceKind.Weekly => IntervalWeeks == 1
            ? $"FREQ=WEEKLY;BYDAY={string.Join(',', Days.Select(Weekdays.RuleCode))}"
            : string.Create(CultureInfo.InvariantCulture, $"FREQ=WEEKLY;INTERVAL={IntervalWeeks};BYDAY={string.Join(',', Days.Select(Weekdays.RuleCode))}"),
        RecurrenceKind.MonthlyByWeekday =>
            string.Create(CultureInfo.InvariantCulture, $"FREQ=MONTHLY;{MonthlyInterval()}BYDAY={WeekOfMonth}{Weekdays.RuleCode(Weekday)}"),
        RecurrenceKind.MonthlyByDay => string.Create(CultureInfo.InvariantCulture, $"FREQ=MONTHLY;{MonthlyInterval()}BYMONTHDAY={DayOfMonth}"),
        _ => null,
    };

    /// <summary>
    /// A compact string to store: the RRULE value, or <c>ONCE</c>. Read it back with <see cref="FromStorage"/>.
    /// </summary>
    public string ToStorage() => ToRRule() ?? OnceStorage;

    /// <summary>Reads a string written by <see cref="ToStorage"/> (parts in any order, any case).</summary>
    public static Result<Recurrence> FromStorage(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var text = stored.Trim().ToUpperInvariant();
        if (text == OnceStorage)
        {
            return Once;
        }

        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2 || !parts.TryAdd(pair[0], pair[1]))
            {
                return Unreadable(stored);
            }
        }

        var recurrence = parts.GetValueOrDefault("FREQ") switch
        {
            "WEEKLY" => ReadWeekly(parts),
            "MONTHLY" => ReadMonthly(parts),
            _ => null,
        };
        return recurrence is null ? Unreadable(stored) : recurrence;
    }

    private static Recurrence? ReadWeekly(Dictionary<string, string> parts)
    {
        var interval = 1;
        if (parts.Count != (parts.ContainsKey("INTERVAL") ? 3 : 2)
            || (parts.TryGetValue("INTERVAL", out var text) && !TryInt(text, out interval))
            || interval is < 1 or > MaxIntervalWeeks
            || !parts.TryGetValue("BYDAY", out var byDay))
        {
            return null;
        }

        var days = byDay.Split(',').Select(Weekdays.FromRuleCode).ToArray();
        return days.Any(d => d is null) ? null : Weekly(days.Select(d => d!.Value), interval);
    }

    private static Recurrence? ReadMonthly(Dictionary<string, string> parts)
    {
        var interval = 1;
        if (parts.Count != (parts.ContainsKey("INTERVAL") ? 3 : 2)
            || (parts.TryGetValue("INTERVAL", out var text) && !TryInt(text, out interval))
            || interval is < 1 or > MaxIntervalMonths)
        {
            return null;
        }

        if (parts.TryGetValue("BYMONTHDAY", out var monthDay))
        {
            return TryInt(monthDay, out var day) && day is >= 1 and <= 31 ? MonthlyByDay(day, interval) : null;
        }

        if (!parts.TryGetValue("BYDAY", out var byDay) || byDay.Length < 3)
        {
            return null;
        }

        var weekday = Weekdays.FromRuleCode(byDay[^2..]);
        return TryInt(byDay[..^2], out var week) && week is (>= -4 and <= -1) or (>= 1 and <= 4) && weekday is { } value
            ? MonthlyByWeekday(week, value, interval)
            : null;
    }

    private string MonthlyPrefix() =>
        IntervalMonths == 1 ? "monthly" : string.Create(CultureInfo.InvariantCulture, $"every {IntervalMonths} months");

    private string MonthlyInterval() =>
        IntervalMonths == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"INTERVAL={IntervalMonths};");

    private static bool TryInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private static Result<Recurrence> Unreadable(string stored) =>
        Result<Recurrence>.Fail($"The stored repeat rule `{stored}` could not be read; schedule the meeting again.");

    /// <summary>1st, 2nd, 3rd, 4th... for the week of the month.</summary>
    internal static string Ordinal(int n) => string.Create(CultureInfo.InvariantCulture, $"{n}{(n % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
    }}");
}
