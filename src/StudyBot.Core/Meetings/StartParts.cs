using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Meetings;

/// <summary>The time and the day found in a typed start; either may be missing.</summary>
/// <param name="Time">The time of day, or null when none was typed.</param>
/// <param name="DateFor">The date meant, given the time (a weekday is today only while the time is ahead), or null.</param>
/// <param name="DateWord">The day word as typed, for replies.</param>
internal sealed partial record StartParts(LocalTime? Time, Func<LocalTime, Result<LocalDate>>? DateFor, string? DateWord)
{
    /// <summary>
    /// Sorts the words of a start into one time, one day and at most one part of the day, refusing
    /// doubles ("tue wed") and reading a bare hour next to a part of the day ("tonight 8").
    /// </summary>
    internal static Result<StartParts> Read(List<string> words, ZonedDateTime now)
    {
        LocalTime? time = null;
        string? timeWord = null;
        Func<LocalTime, Result<LocalDate>>? dateFor = null;
        string? dateWord = null;
        DayPart? part = null;
        string? bareHour = null;
        IsoDayOfWeek? checkedWeekday = null;

        // "fri midnight" is the night from Friday to Saturday, so a day is "ahead" until its end.
        var endOfDay = words.Contains("midnight");
        var hasPlainTime = words.Count(w => TimeOfDayText.TryParse(w) is { IsSuccess: true }) > 1;
        foreach (var word in words)
        {
            if (DayPart.Find(word) is { } foundPart)
            {
                if (part is not null)
                {
                    return Result<StartParts>.Fail($"Give one part of the day, not both `{part.Word}` and `{word}`.");
                }

                part = foundPart;
                continue;
            }

            // "20.03" alone is a time; next to another time ("20.03 19:00") it is the 20th of March.
            if (TimeOfDayText.TryParse(word) is { } parsedTime && !(hasPlainTime && TimeOfDayText.IsDotted(word)))
            {
                if (!parsedTime.IsSuccess)
                {
                    return parsedTime.Error;
                }

                if (timeWord is not null)
                {
                    return Result<StartParts>.Fail($"Give one time, not both `{timeWord}` and `{word}`.");
                }

                (time, timeWord) = (parsedTime.Value, word);
                continue;
            }

            if (BareNumber().IsMatch(word) && bareHour is null)
            {
                bareHour = word;
                continue;
            }

            var parsedDate = StartDays.Read(word, now, endOfDay);
            if (!parsedDate.IsSuccess)
            {
                return parsedDate.Error;
            }

            // "Tue 16 Mar 2027", as replies write it: the weekday only checks the date.
            if (dateWord is not null && Weekdays.Parse(dateWord) is { } earlierDay && Weekdays.Parse(word) is null && checkedWeekday is null)
            {
                (checkedWeekday, dateFor, dateWord) = (earlierDay, parsedDate.Value, word);
                continue;
            }

            if (dateWord is not null)
            {
                return Result<StartParts>.Fail($"Give one day, not both `{dateWord}` and `{word}`.");
            }

            (dateFor, dateWord) = (parsedDate.Value, word);
        }

        if (checkedWeekday is { } weekday && dateFor is not null)
        {
            dateFor = OnWeekday(dateFor, weekday, dateWord!);
        }

        if (part?.Word == "tonight")
        {
            if (dateWord is not null)
            {
                return Result<StartParts>.Fail($"Give one day, not both `{dateWord}` and `tonight`.");
            }

            (dateFor, dateWord) = (_ => now.Date, "tonight");
        }

        var combined = Combine(time, timeWord, part, bareHour);
        return combined.IsSuccess
            ? new StartParts(combined.Value, Shifted(dateFor, endOfDay), dateWord)
            : combined.Error;
    }

    /// <summary>The one time meant by an explicit time, a bare hour and a part of the day together.</summary>
    private static Result<LocalTime?> Combine(LocalTime? time, string? timeWord, DayPart? part, string? bareHour)
    {
        if (bareHour is not null)
        {
            if (time is not null || part is null)
            {
                return time is null ? TimeOfDayText.BareNumber(bareHour) : Result<LocalTime?>.Fail($"Give one time, not both `{timeWord}` and `{bareHour}`.");
            }

            var hour = int.Parse(bareHour, CultureInfo.InvariantCulture);
            return part.Hour(hour) is { } partHour
                ? partHour
                : Result<LocalTime?>.Fail($"`{bareHour}` is not an hour {(part.Word == "tonight" ? "tonight" : $"in the {part.Word}")}; type a time such as `{part.Word} 8pm` or `{part.Word} 20:00`.");
        }

        if (time is { } at)
        {
            return part is not null && !TimeOfDayText.HasMeridiem(timeWord!) ? part.Adjust(at) : at;
        }

        return part?.Default;
    }

    private static Func<LocalTime, Result<LocalDate>> OnWeekday(Func<LocalTime, Result<LocalDate>> dateFor, IsoDayOfWeek weekday, string dateWord) => at =>
    {
        var date = dateFor(at);
        return !date.IsSuccess || date.Value.DayOfWeek == weekday
            ? date
            : Result<LocalDate>.Fail($"`{dateWord}` is a {date.Value.DayOfWeek}, not a {weekday}; give just the date, such as `{dateWord} 19:00`.");
    };

    private static Func<LocalTime, Result<LocalDate>>? Shifted(Func<LocalTime, Result<LocalDate>>? dateFor, bool nextDay) =>
        !nextDay || dateFor is null
            ? dateFor
            : at => dateFor(at) is { IsSuccess: true } date ? date.Value.PlusDays(1) : dateFor(at);

    [GeneratedRegex(@"^\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();
}
