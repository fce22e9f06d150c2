using System.Globalization;
using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Meetings;

/// <summary>Reads the part after "monthly" of a repeat: <c>on the 3rd tue</c>, <c>on last fri</c>, <c>on day 15</c>.</summary>
internal static class Monthly
{
    private static readonly string[] Noise = ["on", "the", "of", "each", "every", "month"];

    /// <summary>Reads <paramref name="words"/> (what followed "monthly" or "every month").</summary>
    internal static Result<Recurrence> Parse(List<string> words, LocalDate firstDate, string original)
    {
        // "on", "the" and a trailing "of the month" carry no meaning here.
        var meaningful = words.Where(w => !Noise.Contains(w)).ToList();
        switch (meaningful)
        {
            case []:
                return Result<Recurrence>.Fail($"Say which day of the month, such as `monthly on the {Example(firstDate)}` or `monthly on day {firstDate.Day}`.");
            case ["day", var number]:
                return ByDay(number, original);
            case [var single] when DateText.DayOfMonth(single) is not null || RepeatParser.Ordinal(single) is > 0:
                return ByDay(single, original);
            case [var nth, var weekday]:
                return ByWeekday(nth, weekday, original);
            default:
                return RepeatParser.Unrecognized(original);
        }
    }

    private static Result<Recurrence> ByDay(string word, string original)
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
            : Recurrence.MonthlyByDay(day);
    }

    private static Result<Recurrence> ByWeekday(string nthWord, string weekdayWord, string original)
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
        return nth switch
        {
            -1 or (>= 1 and <= 4) => Recurrence.MonthlyByWeekday(nth, weekday),
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
