using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using StudyBot.Core.Results;
using StudyBot.Core.Time;

namespace StudyBot.Core.Meetings;

/// <summary>
/// Reads the day word of a start: <c>today</c>, <c>tomorrow</c>, <c>tue</c>, <c>next tue</c>,
/// <c>2026-12-01</c>, <c>dec 1</c>, <c>20.03.2027</c>, <c>3/20</c>; or says what was not understood.
/// </summary>
internal static partial class StartDays
{
    private static readonly string[] KnownWords = ["today", "tomorrow", "tonight", "noon", "midnight", "next", "in", "at", "on", "am", "pm"];

    /// <summary>
    /// A function from the time of day to the date meant, since "tue" is today only while the time is
    /// still ahead. With <paramref name="endOfDay"/> (midnight was typed) a day counts as ahead until it ends.
    /// </summary>
    internal static Result<Func<LocalTime, Result<LocalDate>>> Read(string word, ZonedDateTime now, bool endOfDay)
    {
        var today = now.Date;
        bool Ahead(LocalDate date, LocalTime at) => StartTimeParser.IsAhead((endOfDay ? date.PlusDays(1) : date) + at, now);

        if (word is "today" or "tomorrow")
        {
            var date = word == "today" ? today : today.PlusDays(1);
            return Fixed(date);
        }

        if (Weekdays.Parse(word) is { } weekday)
        {
            return Ok(at =>
            {
                var date = today.With(DateAdjusters.NextOrSame(weekday));
                return date == today && !Ahead(date, at) ? date.PlusWeeks(1) : date;
            });
        }

        if (NextWeekday().Match(word) is { Success: true } next)
        {
            // "next tue" is the coming Tuesday, never today: on a Tuesday it is a week ahead.
            return Weekdays.Parse(next.Groups["day"].Value) is { } day
                ? Fixed(today.With(DateAdjusters.Next(day)))
                : Unknown(next.Groups["day"].Value);
        }

        if (DateText.TryParseIso(word) is { } iso)
        {
            return iso.IsSuccess ? Fixed(iso.Value) : iso.Error;
        }

        if (NumericDateText.TryParse(word, DateConventions.For(now.Zone)) is { } numeric)
        {
            if (!numeric.IsSuccess)
            {
                return numeric.Error;
            }

            var (month, day, year) = numeric.Value;
            if (year is { } y)
            {
                var exact = DateText.Validate(word, y, month, day);
                return exact.IsSuccess ? Fixed(exact.Value) : exact.Error;
            }

            return Ok(at => NextDate(word, today, month, day, Ahead, at));
        }

        if (MonthDay().Match(word) is { Success: true } monthDay)
        {
            var month = DateText.Month(monthDay.Groups["month"].Value)!.Value;
            var dayOfMonth = DateText.DayOfMonth(monthDay.Groups["day"].Value)!.Value;
            if (monthDay.Groups["year"].Success)
            {
                var exact = DateText.Validate(word, int.Parse(monthDay.Groups["year"].Value, CultureInfo.InvariantCulture), month, dayOfMonth);
                return exact.IsSuccess ? Fixed(exact.Value) : exact.Error;
            }

            return Ok(at => NextDate(word, today, month, dayOfMonth, Ahead, at));
        }

        return Unknown(word);
    }

    /// <summary>A month and day without a year: this year's if still ahead, else next year's.</summary>
    private static Result<LocalDate> NextDate(string word, LocalDate today, int month, int day, Func<LocalDate, LocalTime, bool> ahead, LocalTime at)
    {
        var thisYear = DateText.Validate(word, today.Year, month, day);
        return thisYear.IsSuccess && ahead(thisYear.Value, at)
            ? thisYear
            : DateText.Validate(word, today.Year + 1, month, day);
    }

    private static Result<Func<LocalTime, Result<LocalDate>>> Fixed(LocalDate date) => Ok(_ => date);

    private static Result<Func<LocalTime, Result<LocalDate>>> Ok(Func<LocalTime, Result<LocalDate>> dateFor) =>
        Result<Func<LocalTime, Result<LocalDate>>>.Ok(dateFor);

    private static UserError Unknown(string word)
    {
        if (AllDigits().IsMatch(word))
        {
            return TimeOfDayText.BareNumber(word);
        }

        if (DateText.Month(word) is not null)
        {
            return new UserError($"Add the day to `{word}`, such as `{word} 1 18:00`.");
        }

        switch (word)
        {
            case "next":
                return new UserError("Say which day after `next`, such as `next tue 19:00`.");
            case "this":
                return new UserError("Say which day after `this`, such as `this fri 19:00` or `this evening`.");
            case "in":
                return new UserError("Put `in` first, such as `in 2h` or `in 3 days`.");
            case "am" or "pm":
                return new UserError($"Put `{word}` right after the hour, such as `7{word}` or `7:30{word}`.");
        }

        var closest = Typos.Closest(word, Weekdays.Names.Concat(KnownWords).Concat(DayPart.Words).Concat(DateText.MonthNames));
        if (closest is null)
        {
            return new UserError($"Unknown word `{word}`. Type a time such as {StartTimeParser.Examples}.");
        }

        if (Weekdays.Parse(closest) is { } weekday)
        {
            return new UserError($"Unknown weekday `{word}`. Did you mean `{Weekdays.ShortName(weekday).ToLowerInvariant()}`?");
        }

        return DateText.Month(closest) is not null
            ? new UserError($"Unknown month `{word}`. Did you mean `{closest[..3]}`?")
            : new UserError($"Unknown word `{word}`. Did you mean `{closest}`?");
    }

    [GeneratedRegex(@"^(?<month>[a-z]{3,9}) (?<day>\d{1,2}(?:st|nd|rd|th)?)(?: (?<year>\d{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"^\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex AllDigits();

    [GeneratedRegex(@"^next (?<day>[a-z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NextWeekday();
}
