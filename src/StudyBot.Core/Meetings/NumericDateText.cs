using System.Globalization;
using System.Text.RegularExpressions;
using StudyBot.Core.Results;
using StudyBot.Core.Time;

namespace StudyBot.Core.Meetings;

/// <summary>A day and month, with the year when one was typed.</summary>
internal readonly record struct NumericDate(int Month, int Day, int? Year);

/// <summary>
/// Reads numeric dates: <c>20.03.2027</c>, <c>20.03.</c> and <c>20.3</c> are day.month everywhere dots are
/// used; <c>3/20</c>, <c>20/3</c> and <c>3/20/2027</c> are read the one way that makes a date, and
/// <c>3/4</c>, which makes two, is asked about, listing the group's usual order first.
/// </summary>
internal static partial class NumericDateText
{
    /// <summary>Null when the word is not a numeric date; otherwise the date, or why it is not one.</summary>
    internal static Result<NumericDate>? TryParse(string word, DateOrder order)
    {
        if (Dotted().Match(word) is { Success: true } dotted)
        {
            var reading = Reading(dotted, "b", "a");
            return IsPossible(reading) ? reading : NotADate(word, reading);
        }

        if (Slashed().Match(word) is not { Success: true } slashed)
        {
            return null;
        }

        var usual = order == DateOrder.MonthDay ? Reading(slashed, "a", "b") : Reading(slashed, "b", "a");
        var other = order == DateOrder.MonthDay ? Reading(slashed, "b", "a") : Reading(slashed, "a", "b");
        return (IsPossible(usual), IsPossible(other)) switch
        {
            (true, true) when usual != other => Ambiguous(word, usual, other),
            (true, _) => usual,
            (false, true) => other,
            _ => NotADate(word, usual),
        };
    }

    private static NumericDate Reading(Match match, string month, string day) => new(
        Number(match.Groups[month].Value),
        Number(match.Groups[day].Value),
        match.Groups["y"].Success ? Year(match.Groups["y"].Value) : null);

    // 29 February is possible until a year says otherwise; DateText.Validate checks the real month.
    private static bool IsPossible(NumericDate date) =>
        date.Month is >= 1 and <= 12 && date.Day >= 1 && date.Day <= CalendarDays(date);

    private static int CalendarDays(NumericDate date) =>
        date.Year is { } year and >= 1900 and <= 9000
            ? NodaTime.CalendarSystem.Iso.GetDaysInMonth(year, date.Month)
            : NodaTime.CalendarSystem.Iso.GetDaysInMonth(2028, date.Month);

    private static Result<NumericDate> NotADate(string word, NumericDate reading) => reading.Month is < 1 or > 12
        ? Result<NumericDate>.Fail($"`{word}` is not a date: the month must be from 1 to 12. Type a date such as `20.03.2027` or `mar 20`.")
        : Result<NumericDate>.Fail($"`{word}` is not a date: {MonthName(reading.Month)} has no day {reading.Day}. Type a date such as `20.03.2027` or `mar 20`.");

    private static Result<NumericDate> Ambiguous(string word, NumericDate usual, NumericDate other) =>
        Result<NumericDate>.Fail($"`{word}` could be {Spoken(usual)} or {Spoken(other)}. Type `{Typed(usual)}` or `{Typed(other)}`.");

    private static string Spoken(NumericDate date) => date.Year is { } year
        ? string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthName(date.Month)} {year}")
        : string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthName(date.Month)}");

    private static string Typed(NumericDate date) => date.Year is { } year
        ? string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{date.Month:00}-{date.Day:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{MonthName(date.Month)[..3].ToLowerInvariant()} {date.Day}");

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private static int Year(string text) => text.Length == 2 ? 2000 + Number(text) : Number(text);

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    // 20.03.2027, 20.03.27, 20.03. and 20.3 (20.03 alone is a time: TimeOfDayText reads it first).
    [GeneratedRegex(@"^(?<a>\d{1,2})\.(?<b>\d{1,2})(?:\.(?<y>\d{4}|\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Dotted();

    [GeneratedRegex(@"^(?<a>\d{1,2})/(?<b>\d{1,2})(?:/(?<y>\d{4}|\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Slashed();
}
