using System.Globalization;
using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Meetings;

/// <summary>
/// Reads the part after "monthly" or "every 2 months" of a repeat: <c>on the 3rd tue</c>, <c>on last fri</c>,
/// <c>on 2nd last fri</c> (also <c>second to last</c>, <c>2nd-to-last</c>), <c>on day 15</c>.
/// </summary>
internal static class Monthly
{
    private static readonly string[] Noise = ["on", "the", "of", "each", "every", "month", "to"];

    /// <summary>
    /// Reads <paramref name="words"/> (what followed "monthly", "every month" or "every 2 months"); with none, the day of
    /// <paramref name="firstDate"/>.
    /// </summary>
    internal static Result<Recurrence> Parse(List<string> words, int interval, LocalDate firstDate, string original)
    {
        // "on", "the", the "to" of "second to last" and a trailing "of the month" carry no meaning here.
        var meaningful = words.SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries)).Where(w => !Noise.Contains(w)).ToList();
        switch (meaningful)
        {
            // A bare "monthly" or "every 2 months" keeps the first meeting's day of the month, as calendars do; the echo
            // names it. Days 29 to 31 are missing from some months, so for those the day is asked for.
            case [] when firstDate.Day <= 28:
                return Recurrence.MonthlyByDay(firstDate.Day, interval);
            case []:
                var prefix = interval == 1 ? "monthly" : string.Create(CultureInfo.InvariantCulture, $"every {interval} months");
                return Result<Recurrence>.Fail($"Say which day of the month, such as `{prefix} on the {Example(firstDate)}` or `{prefix} on day {firstDate.Day}`.");
            case ["day", var number]:
                return ByDay(number, interval, original);
            case [var single] when DateText.DayOfMonth(single) is not null || RepeatParser.Ordinal(single) is > 0:
                return ByDay(single, interval, original);
            case [var nth, var weekday]:
                return ByWeekday(nth, fromEnd: false, weekday, interval, original);
            case [var nth, "last", var weekday] when RepeatParser.Ordinal(nth) is > 0:
                return ByWeekday(nth, fromEnd: true, weekday, interval, original);
            default:
                return RepeatParser.Unrecognized(original);
        }
    }

    private static Result<Recurrence> ByDay(string word, int interval, string original)
    {
        var digits = new string(word.TakeWhile(char.IsAsciiDigit).ToArray());
        var suffix = word[digits.Length..];
        if (digits.Length is 0 or > 3 || suffix is not ("" or "st" or "nd" or "rd" or "th"))
        {
            return RepeatParser.Unrecognized(original);
        }

        var day = int.Parse(digits, CultureInfo.InvariantCulture);
        return day is < 1 or > 31
            ? Result<Recurrence>.Fail($"`{word}` is not a day of the month: use 1 to 31, such as `monthly on day 15`.")
            : Recurrence.MonthlyByDay(day, interval);
    }

    private static Result<Recurrence> ByWeekday(string nthWord, bool fromEnd, string weekdayWord, int interval, string original)
    {
        if (RepeatParser.Ordinal(nthWord) is not { } nth)
        {
            return RepeatParser.Unrecognized(original);
        }

        if (Weekdays.Parse(weekdayWord) is not { } weekday)
        {
            return RepeatParser.UnknownWeekday(weekdayWord);
        }

        var name = Weekdays.ShortName(weekday).ToLowerInvariant();
        if (fromEnd)
        {
            // "1st last" is the last; a 5th last exists only in some months, like a 5th.
            return nth is >= 1 and <= 4
                ? Recurrence.MonthlyByWeekday(-nth, weekday, interval)
                : Result<Recurrence>.Fail($"`{nthWord} last` is not a week of the month: use last, 2nd last, 3rd last or 4th last, such as `monthly on 2nd last {name}`.");
        }

        return nth switch
        {
            -1 or (>= 1 and <= 4) => Recurrence.MonthlyByWeekday(nth, weekday, interval),
            5 => Result<Recurrence>.Fail($"Not every month has a 5th {name}: use 1st to 4th or last, such as `monthly on last {name}`."),
            _ => Result<Recurrence>.Fail($"`{nthWord}` is not a week of the month: use 1st to 4th or last, such as `monthly on 3rd {name}`."),
        };
    }

    /// <summary>"3rd tue" for the 16th of a month that is a Tuesday; "last fri" in a month's last days.</summary>
    private static string Example(LocalDate date)
    {
        var week = ((date.Day - 1) / 7) + 1;
        var day = Weekdays.ShortName(date.DayOfWeek).ToLowerInvariant();
        return week > 4 ? $"last {day}" : $"{Recurrence.Ordinal(week)} {day}";
    }
}
