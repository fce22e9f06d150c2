using NodaTime;
using NodaTime.Text;
using StudyBot.Core.Meetings;
using StudyBot.Core.Results;

namespace StudyBot.Application.Meetings;

/// <summary>
/// Reads a series' last date (<c>until</c>) in every form a start takes (2027-06-30, 30.06.2027, jun 30, next fri,
/// in 3 weeks), up to <see cref="MaxYearsAhead"/> years ahead: no group plans further, and a date like 9999-12-31
/// would overflow the calendar export.
/// </summary>
public static class UntilDate
{
    /// <summary>How far ahead an end date may be.</summary>
    public const int MaxYearsAhead = 10;

    /// <summary>The date, or what is wrong with it and an example that works.</summary>
    public static Result<LocalDate> Read(string text, ZonedDateTime now)
    {
        // An ISO date is read first so one far ahead (9999-12-31) is told it is too far, not that it is no date.
        var iso = LocalDatePattern.Iso.Parse((text ?? string.Empty).Trim());
        var parsed = iso.Success ? iso.Value : StartTimeParser.ReadDay(text ?? string.Empty, now);
        if (!parsed.IsSuccess)
        {
            return Result<LocalDate>.Fail($"`until`: {parsed.Error.Message}");
        }

        var latest = now.Date.PlusYears(MaxYearsAhead);
        return parsed.Value > latest
            ? Result<LocalDate>.Fail($"`until` {parsed.Value:uuuu-MM-dd} is more than {MaxYearsAhead} years ahead. Give an end date up to {latest:uuuu-MM-dd}, e.g. `until:{now.Date.PlusYears(1):uuuu-MM-dd}`, or leave `until` out for a meeting with no end date.")
            : parsed.Value;
    }
}
