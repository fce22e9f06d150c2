using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Meetings;

/// <summary>Reads date words: ISO dates (<c>2026-12-01</c>), month names and days of the month.</summary>
internal static partial class DateText
{
    private static readonly string[] MonthShort = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] MonthLong =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Every month name, for suggestions.</summary>
    internal static IEnumerable<string> MonthNames => MonthShort.Concat(MonthLong);

    /// <summary>Null when the word is not ISO-date shaped; otherwise the date or why it is impossible.</summary>
    internal static Result<LocalDate>? TryParseIso(string word)
    {
        var match = Iso().Match(word);
        if (!match.Success)
        {
            return null;
        }

        var year = Number(match, "y");
        var month = Number(match, "m");
        var day = Number(match, "d");
        if (month is < 1 or > 12)
        {
            return Result<LocalDate>.Fail($"`{word}` is not a date: months run from 01 to 12.");
        }

        return Validate(word, year, month, day);
    }

    /// <summary>The date, or why it does not exist ("February 2026 has 28 days").</summary>
    internal static Result<LocalDate> Validate(string word, int year, int month, int day)
    {
        if (year is < 1900 or > 9000)
        {
            return Result<LocalDate>.Fail($"`{word}` is not a date I can schedule: give a year from 1900 to 9000.");
        }

        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            var name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            return Result<LocalDate>.Fail($"`{word}` is not a date: {name} {year} has {days} days.");
        }

        return new LocalDate(year, month, day);
    }

    /// <summary>1 to 12 for a month name such as <c>dec</c>, <c>sept</c> or <c>december</c>; null otherwise.</summary>
    internal static int? Month(string word)
    {
        if (word.Length < 3)
        {
            return null;
        }

        var index = Array.FindIndex(MonthLong, m => m.StartsWith(word, StringComparison.Ordinal));
        return index >= 0 ? index + 1 : null;
    }

    /// <summary>A day of the month written as <c>1</c>, <c>01</c> or <c>1st</c>; null otherwise.</summary>
    internal static int? DayOfMonth(string word)
    {
        var match = Day().Match(word);
        return match.Success ? Number(match, "d") : null;
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?:st|nd|rd|th)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Day();
}
