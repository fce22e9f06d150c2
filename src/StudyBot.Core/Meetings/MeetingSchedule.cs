using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Meetings;

/// <summary>
/// When a meeting series happens, as local rules in the group's zone (the zone itself is not part of
/// the schedule, so changing a group's zone keeps meetings at the same wall-clock time).
/// For weekly rules <see cref="FirstStart"/>'s date need not be a meeting day: the series is the chosen
/// weekdays on or after it, with the week interval counted from FirstStart's Monday-based week.
/// </summary>
public sealed record MeetingSchedule
{
    /// <summary>The most meetings a <see cref="Count"/> may ask for.</summary>
    public const int MaxCount = 1000;

    /// <summary>Creates a schedule; <see cref="Create"/> does the same with errors for users.</summary>
    /// <exception cref="ArgumentException">Both an end date and a count, a count below 1, or an end before the start.</exception>
    public MeetingSchedule(LocalDateTime firstStart, Recurrence recurrence, LocalDate? until = null, int? count = null)
    {
        ArgumentNullException.ThrowIfNull(recurrence);
        var problem = Check(firstStart, until, count);
        if (problem is not null)
        {
            throw new ArgumentException(problem);
        }

        FirstStart = firstStart;
        Recurrence = recurrence;
        Until = until;
        Count = count;
    }

    /// <summary>The local date and time of the first meeting (the time of day of every meeting).</summary>
    public LocalDateTime FirstStart { get; }

    /// <summary>How the meeting repeats.</summary>
    public Recurrence Recurrence { get; }

    /// <summary>The last local date that may hold a meeting (inclusive), or null for no end date.</summary>
    public LocalDate? Until { get; }

    /// <summary>How many meetings the series has in total, or null for no limit.</summary>
    public int? Count { get; }

    /// <summary>Validates user-given limits and creates the schedule, or says what to change.</summary>
    public static Result<MeetingSchedule> Create(LocalDateTime firstStart, Recurrence recurrence, LocalDate? until = null, int? count = null)
    {
        ArgumentNullException.ThrowIfNull(recurrence);
        var problem = Check(firstStart, until, count);
        return problem is null
            ? new MeetingSchedule(firstStart, recurrence, until, count)
            : Result<MeetingSchedule>.Fail(problem);
    }

    private static string? Check(LocalDateTime firstStart, LocalDate? until, int? count)
    {
        if (until is not null && count is not null)
        {
            // RFC 5545 forbids UNTIL and COUNT together, and the calendar export must stay valid.
            return "Give either an end date or a number of meetings, not both.";
        }

        if (count is < 1 or > MaxCount)
        {
            return $"The number of meetings must be from 1 to {MaxCount}; `{count}` is out of range.";
        }

        return until < firstStart.Date
            ? $"The end date {until:uuuu-MM-dd} is before the first meeting on {firstStart.Date:uuuu-MM-dd}; give a later end date."
            : null;
    }
}
