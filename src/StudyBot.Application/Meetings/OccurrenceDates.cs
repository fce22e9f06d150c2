using NodaTime;
using NodaTime.Text;
using StudyBot.Core.Meetings;
using StudyBot.Core.Results;

namespace StudyBot.Application.Meetings;

/// <summary>Reads the <c>date</c> of an occurrence: an ISO date, or any start people type (tue, tomorrow...).</summary>
public static class OccurrenceDates
{
    /// <summary>The local date meant by <paramref name="text"/>, relative to <paramref name="now"/>; a weekday is the next one.</summary>
    public static Result<LocalDate> Parse(string text, ZonedDateTime now)
    {
        var trimmed = (text ?? string.Empty).Trim();
        var iso = LocalDatePattern.Iso.Parse(trimmed);
        if (iso.Success)
        {
            return iso.Value;
        }

        var day = StartTimeParser.ReadDay(trimmed, now);
        return day.IsSuccess
            ? day.Value
            : Result<LocalDate>.Fail($"`date` must be a day like 2027-03-23, tue or tomorrow; got `{trimmed}`.");
    }

    /// <summary>
    /// A day looking back, for meetings already held: <c>yesterday</c>, <c>last thu</c>, or a bare weekday meaning
    /// the latest one (today included); any other form reads as <see cref="Parse"/> does.
    /// </summary>
    public static Result<LocalDate> ParsePast(string text, ZonedDateTime now)
    {
        var words = (text ?? string.Empty).Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var today = now.Date;
        switch (words)
        {
            case ["yesterday"]:
                return today.PlusDays(-1);
            case ["last", var day] when Weekdays.Parse(day) is { } weekday:
                return today.Previous(weekday);
            case ["last", var other]:
                return Result<LocalDate>.Fail($"`last {other}` is not a day: after `last` give a weekday, e.g. `date:\"last thu\"`.");
            case [var day] when Weekdays.Parse(day) is { } weekday:
                return today.DayOfWeek == weekday ? today : today.Previous(weekday);
            default:
                var parsed = Parse(text ?? string.Empty, now);
                return parsed.IsSuccess
                    ? parsed
                    : Result<LocalDate>.Fail($"`date` must be a day like 2027-03-16, yesterday or last thu; got `{(text ?? string.Empty).Trim()}`.");
        }
    }
}
