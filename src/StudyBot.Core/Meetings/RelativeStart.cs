using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Meetings;

/// <summary>Reads the part after "in" of a start such as <c>in 2h</c>, <c>in 1h30m</c> or <c>in 3 days</c>.</summary>
internal static class RelativeStart
{
    private const int MaxDays = 366;

    /// <summary>
    /// Whole days and weeks move the calendar date and keep the wall-clock time ("in 3 days" at 18:00 is
    /// 18:00 even across a daylight-saving change); hours and minutes are elapsed time. Seconds are dropped.
    /// </summary>
    internal static Result<LocalDateTime> Parse(string text, ZonedDateTime now)
    {
        if (text.Length == 0)
        {
            return Result<LocalDateTime>.Fail("After `in`, say how long from now, such as `in 2h`, `in 90m` or `in 3 days`.");
        }

        var parsed = DurationText.Parse(text);
        if (!parsed.IsSuccess)
        {
            return parsed.Error;
        }

        var period = parsed.Value!;
        var days = period.Days + (period.Weeks * 7);
        var elapsed = Duration.FromHours(period.Hours) + Duration.FromMinutes(period.Minutes);
        if (days == 0 && elapsed == Duration.Zero)
        {
            return Result<LocalDateTime>.Fail($"`in {text}` is now; give a time ahead, such as `in 2h`.");
        }

        if (days + elapsed.TotalDays > MaxDays)
        {
            return Result<LocalDateTime>.Fail($"`in {text}` is too far ahead; give a date such as `2026-12-01 18:00` instead.");
        }

        var local = now.LocalDateTime.With(TimeAdjusters.TruncateToMinute).PlusDays(days);
        return elapsed == Duration.Zero
            ? local
            : (Occurrences.Resolve(local, now.Zone) + elapsed).InZone(now.Zone).LocalDateTime;
    }
}
