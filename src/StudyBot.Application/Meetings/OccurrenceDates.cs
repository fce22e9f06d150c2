using NodaTime;
using NodaTime.Text;
using StudyBot.Core.Meetings;
using StudyBot.Core.Results;

namespace StudyBot.Application.Meetings;

/// <summary>Reads the <c>date</c> of an occurrence: an ISO date, or any start people type (tue, tomorrow...).</summary>
public static class OccurrenceDates
{
    /// <summary>The local date meant by <paramref name="text"/>, relative to <paramref name="now"/>.</summary>
    public static Result<LocalDate> Parse(string text, ZonedDateTime now)
    {
        var trimmed = (text ?? string.Empty).Trim();
        var iso = LocalDatePattern.Iso.Parse(trimmed);
        if (iso.Success)
        {
            return iso.Value;
        }

        // "tue" alone is a day; the start parser wants a time too, so give it one.
        var asStart = StartTimeParser.Parse(trimmed, now);
        if (!asStart.IsSuccess)
        {
            asStart = StartTimeParser.Parse(trimmed + " 23:59", now);
        }

        return asStart.IsSuccess
            ? asStart.Value.Date
            : Result<LocalDate>.Fail($"`date` must be a day like 2027-03-23, tue or tomorrow; got `{trimmed}`.");
    }
}
