using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Meetings;

/// <summary>
/// Reads how a meeting repeats: <c>once</c>/<c>none</c>/empty; <c>daily</c>/<c>every day</c>;
/// <c>every weekday</c>; <c>every tue</c>, <c>every tue,thu</c>, <c>every tue and thu</c>; <c>weekly</c>
/// (on the first meeting's weekday) or <c>weekly on mon,wed</c>; <c>every 2 weeks</c> (on the first
/// meeting's weekday), <c>every 2 weeks on mon,wed</c>, <c>every other week on fri</c>,
/// <c>biweekly on fri</c>; <c>weekdays</c>, <c>weekends</c>; <c>monthly on 3rd tue</c>, <c>monthly on the last fri</c>,
/// <c>monthly on 2nd last fri</c>, <c>monthly on day 15</c>, <c>monthly on the 15th</c>; <c>every 2 months on day 15</c>,
/// <c>every other month on the 1st mon</c>.
/// </summary>
public static partial class RepeatParser
{
    /// <summary>The accepted forms, for error messages.</summary>
    public const string Forms =
        "`once`, `every tue,thu`, `weekdays`, `daily`, `weekly`, `every 2 weeks on mon`, `monthly on 3rd tue`, `monthly on 2nd last fri`, `monthly on day 15` or `every 2 months on day 15`";

    private static readonly string[] OnceWords = ["once", "none", "no", "never", "one-off"];
    private static readonly string[] OrdinalWords = ["first", "second", "third", "fourth", "fifth"];

    /// <summary>
    /// Reads <paramref name="text"/>. <paramref name="firstDate"/>, the first meeting's local date, supplies
    /// the weekday for <c>weekly</c> and <c>every 2 weeks</c> without days, and the example in the error
    /// for a bare <c>monthly</c>.
    /// </summary>
    public static Result<Recurrence> Parse(string text, LocalDate firstDate)
    {
        var original = (text ?? string.Empty).Trim();
        var words = Separators().Split(original.ToLowerInvariant()).Where(w => w.Length > 0).ToList();
        if (words.Count == 0 || (words.Count == 1 && OnceWords.Contains(words[0])))
        {
            return Recurrence.Once;
        }

        var rest = words.Skip(1).ToList();
        switch (words[0])
        {
            case "daily" when rest.Count == 0:
                return Recurrence.Weekly(Weekdays.All);
            case "weekly":
                return WeeklyOn(rest, 1, firstDate, original);
            case "biweekly" or "fortnightly":
                return WeeklyOn(rest, 2, firstDate, original);
            case "monthly":
                return Monthly.Parse(rest, 1, firstDate, original);
            case "weekdays" or "weekday" or "weekends" or "weekend":
                return DayList(words, 1, original);
            case "every" or "each":
                return Every(rest, firstDate, original);
            default:
                // "tue,thu" alone reads as every tue and thu.
                return Weekdays.Parse(words[0]) is null ? Unrecognized(original) : WeeklyOn(words, 1, firstDate, original);
        }
    }

    private static Result<Recurrence> Every(List<string> rest, LocalDate firstDate, string original)
    {
        switch (rest)
        {
            case []:
                return Unrecognized(original);
            case ["month", .. var monthly]:
                return Monthly.Parse(monthly, 1, firstDate, original);
            case ["other", "month", .. var monthly]:
                return Monthly.Parse(monthly, 2, firstDate, original);
            case [var number, "month" or "months", .. var monthly] when Regex.IsMatch(number, @"^-?\d+$", RegexOptions.CultureInvariant):
                var months = int.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var m) ? m : int.MaxValue;
                return months is < 1 or > Recurrence.MaxIntervalMonths
                    ? Result<Recurrence>.Fail($"Use every 1 to {Recurrence.MaxIntervalMonths} months; `every {number} months` is out of range.")
                    : Monthly.Parse(monthly, months, firstDate, original);
            case ["week", .. var days]:
                return WeeklyOn(days, 1, firstDate, original);
            case ["other", "week", .. var days]:
                return WeeklyOn(days, 2, firstDate, original);
            case [var number, "week" or "weeks", .. var days] when Regex.IsMatch(number, @"^-?\d+$", RegexOptions.CultureInvariant):
                var interval = int.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
                return interval is < 1 or > Recurrence.MaxIntervalWeeks
                    ? Result<Recurrence>.Fail($"Use every 1 to {Recurrence.MaxIntervalWeeks} weeks; `every {number} weeks` is out of range.")
                    : WeeklyOn(days, interval, firstDate, original);
            default:
                return DayList(rest, 1, original);
        }
    }

    /// <summary>"on mon,wed", "mon wed", or nothing (then the first meeting's weekday).</summary>
    private static Result<Recurrence> WeeklyOn(List<string> words, int interval, LocalDate firstDate, string original)
    {
        if (words.Count == 0)
        {
            return Recurrence.Weekly(firstDate.DayOfWeek, interval);
        }

        if (words[0] == "on")
        {
            return words.Count == 1
                ? Result<Recurrence>.Fail("Say which days after `on`, such as `every 2 weeks on mon,wed`.")
                : DayList(words.Skip(1).ToList(), interval, original);
        }

        return DayList(words, interval, original);
    }

    private static Result<Recurrence> DayList(List<string> words, int interval, string original)
    {
        var days = new List<IsoDayOfWeek>();
        foreach (var word in words.Where(w => w != "and"))
        {
            switch (word)
            {
                case "day" or "days":
                    days.AddRange(Weekdays.All);
                    break;
                case "weekday" or "weekdays":
                    days.AddRange(Weekdays.WorkDays);
                    break;
                case "weekend" or "weekends":
                    days.AddRange([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]);
                    break;
                default:
                    if (Weekdays.Parse(word) is not { } day)
                    {
                        // A typo of a weekday gets a suggestion; anything else gets the list of forms.
                        return Weekdays.Suggest(word) is null ? Unrecognized(original) : UnknownWeekday(word);
                    }

                    days.Add(day);
                    break;
            }
        }

        return days.Count == 0 ? Unrecognized(original) : Recurrence.Weekly(days, interval);
    }

    /// <summary>"Unknown weekday `tus`. Did you mean `tue`?"</summary>
    internal static Result<Recurrence> UnknownWeekday(string word)
    {
        var suggestion = Weekdays.Suggest(word);
        return suggestion is null
            ? Result<Recurrence>.Fail($"Unknown weekday `{word}`. Use mon, tue, wed, thu, fri, sat or sun.")
            : Result<Recurrence>.Fail($"Unknown weekday `{word}`. Did you mean `{suggestion}`?");
    }

    /// <summary>Lists the accepted forms.</summary>
    internal static Result<Recurrence> Unrecognized(string original) =>
        Result<Recurrence>.Fail($"Unknown repeat `{original}`. Use {Forms}.");

    /// <summary>1 to 5 for first to fifth or 1st to 5th (and beyond for digits), -1 for last; null otherwise.</summary>
    internal static int? Ordinal(string word)
    {
        if (word == "last")
        {
            return -1;
        }

        var index = Array.IndexOf(OrdinalWords, word);
        if (index >= 0)
        {
            return index + 1;
        }

        var match = OrdinalNumber().Match(word);
        return match.Success ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"[\s,&/+]+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?<n>\d{1,3})(?:st|nd|rd|th)$", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalNumber();
}
