using System.Text.RegularExpressions;
using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Meetings;

/// <summary>
/// Reads a meeting start as people type it, in the group's zone: <c>19:00</c>, <c>7pm</c>, <c>7:30pm</c>,
/// <c>tue 18:30</c>, <c>tuesday 7pm</c>, <c>tomorrow 9am</c>, <c>today 18:00</c>, <c>2026-12-01 18:00</c>,
/// <c>2026-12-01T18:00</c>, <c>dec 1 18:00</c>, <c>1 dec 6pm</c>, <c>in 2h</c>, <c>in 1h30m</c>, <c>in 3 days</c>.
/// A bare time means today if still ahead, else tomorrow; a weekday means its next date (today if the
/// time is still ahead); a month and day without a year means its next date. Past times are not refused
/// here: the caller decides, with <see cref="IsPast"/>.
/// </summary>
public static partial class StartTimeParser
{
    /// <summary>Examples shown when input cannot be read.</summary>
    public const string Examples = "`19:00`, `7pm`, `tue 18:30`, `tomorrow 9am` or `2026-12-01 18:00`";

    private static readonly string[] KnownWords = ["today", "tomorrow", "noon", "in", "at", "on", "am", "pm"];

    /// <summary>Reads <paramref name="text"/> relative to <paramref name="now"/> (which carries the group's zone).</summary>
    public static Result<LocalDateTime> Parse(string text, ZonedDateTime now)
    {
        var words = StartTimeWords.Split(text ?? string.Empty);
        if (words.Count == 0)
        {
            return Result<LocalDateTime>.Fail($"Give a start time, such as {Examples}.");
        }

        if (words[0] == "in")
        {
            return RelativeStart.Parse(string.Join(' ', words.Skip(1)), now);
        }

        LocalTime? time = null;
        string? timeWord = null;
        Func<LocalTime, Result<LocalDate>>? dateFor = null;
        string? dateWord = null;
        var today = now.Date;
        foreach (var word in words)
        {
            if (TimeOfDayText.TryParse(word) is { } parsedTime)
            {
                if (!parsedTime.IsSuccess)
                {
                    return parsedTime.Error;
                }

                if (timeWord is not null)
                {
                    return Result<LocalDateTime>.Fail($"Give one time, not both `{timeWord}` and `{word}`.");
                }

                (time, timeWord) = (parsedTime.Value, word);
                continue;
            }

            var parsedDate = DatePart(word, today, (date, at) => IsAhead(date + at, now));
            if (!parsedDate.IsSuccess)
            {
                return parsedDate.Error;
            }

            if (dateWord is not null)
            {
                return Result<LocalDateTime>.Fail($"Give one day, not both `{dateWord}` and `{word}`.");
            }

            (dateFor, dateWord) = (parsedDate.Value, word);
        }

        if (time is not { } at)
        {
            return Result<LocalDateTime>.Fail($"Add a time to `{dateWord}`, such as `{dateWord} 19:00` or `{dateWord} 7pm`.");
        }

        if (dateFor is null)
        {
            return (IsAhead(today + at, now) ? today : today.PlusDays(1)) + at;
        }

        var day = dateFor(at);
        return day.IsSuccess ? day.Value + at : day.Error;
    }

    /// <summary>True when <paramref name="local"/>, resolved in now's zone, is not after <paramref name="now"/>.</summary>
    public static bool IsPast(LocalDateTime local, ZonedDateTime now) => !IsAhead(local, now);

    private static bool IsAhead(LocalDateTime local, ZonedDateTime now) =>
        Occurrences.Resolve(local, now.Zone) > now.ToInstant();

    /// <summary>Reads one day word into a function from the time of day to the date it means.</summary>
    private static Result<Func<LocalTime, Result<LocalDate>>> DatePart(string word, LocalDate today, Func<LocalDate, LocalTime, bool> ahead)
    {
        if (word == "today" || word == "tomorrow")
        {
            var date = word == "today" ? today : today.PlusDays(1);
            return Result<Func<LocalTime, Result<LocalDate>>>.Ok(_ => date);
        }

        if (Weekdays.Parse(word) is { } weekday)
        {
            return Result<Func<LocalTime, Result<LocalDate>>>.Ok(at =>
            {
                var date = today.With(DateAdjusters.NextOrSame(weekday));
                return date == today && !ahead(date, at) ? date.PlusWeeks(1) : date;
            });
        }

        if (DateText.TryParseIso(word) is { } iso)
        {
            return iso.IsSuccess ? Result<Func<LocalTime, Result<LocalDate>>>.Ok(_ => iso.Value) : iso.Error;
        }

        if (MonthDay().Match(word) is { Success: true } monthDay)
        {
            var month = DateText.Month(monthDay.Groups["month"].Value)!.Value;
            var dayOfMonth = DateText.DayOfMonth(monthDay.Groups["day"].Value)!.Value;
            return Result<Func<LocalTime, Result<LocalDate>>>.Ok(at =>
            {
                var thisYear = DateText.Validate(word, today.Year, month, dayOfMonth);
                return thisYear.IsSuccess && ahead(thisYear.Value, at)
                    ? thisYear
                    : DateText.Validate(word, today.Year + 1, month, dayOfMonth);
            });
        }

        return Unknown(word);
    }

    private static UserError Unknown(string word)
    {
        if (Regex.IsMatch(word, @"^\d+$", RegexOptions.CultureInvariant))
        {
            return TimeOfDayText.BareNumber(word);
        }

        if (DateText.Month(word) is not null)
        {
            return new UserError($"Add the day to `{word}`, such as `{word} 1 18:00`.");
        }

        switch (word)
        {
            case "next" or "this":
                return new UserError($"Leave out `{word}`: `tue 19:00` already means the coming Tuesday.");
            case "in":
                return new UserError("Put `in` first, such as `in 2h` or `in 3 days`.");
            case "am" or "pm":
                return new UserError($"Put `{word}` right after the hour, such as `7{word}` or `7:30{word}`.");
        }

        var closest = Typos.Closest(word, Weekdays.Names.Concat(KnownWords).Concat(DateText.MonthNames));
        if (closest is null)
        {
            return new UserError($"Unknown word `{word}`. Type a time such as {Examples}.");
        }

        if (Weekdays.Parse(closest) is { } weekday)
        {
            return new UserError($"Unknown weekday `{word}`. Did you mean `{Weekdays.ShortName(weekday).ToLowerInvariant()}`?");
        }

        return DateText.Month(closest) is not null
            ? new UserError($"Unknown month `{word}`. Did you mean `{closest[..3]}`?")
            : new UserError($"Unknown word `{word}`. Did you mean `{closest}`?");
    }

    [GeneratedRegex(@"^(?<month>[a-z]{3,9}) (?<day>\d{1,2}(?:st|nd|rd|th)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();
}
