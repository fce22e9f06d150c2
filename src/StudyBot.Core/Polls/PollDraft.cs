using NodaTime;

namespace StudyBot.Core.Polls;

/// <summary>Everything a new poll is made of, already read from what people typed.</summary>
/// <param name="GroupId">The group deciding.</param>
/// <param name="CreatedBy">Who asks.</param>
/// <param name="Kind">Plain, goal or meeting-time.</param>
/// <param name="Question">What is asked.</param>
/// <param name="Options">The choices, in order.</param>
/// <param name="ClosesAt">The deadline.</param>
/// <param name="AllowMultiple">Whether a member may choose several options.</param>
/// <param name="Anonymous">Whether who voted what stays hidden from everyone.</param>
/// <param name="ResultsHidden">Whether counts stay hidden until the poll closes.</param>
public sealed record PollDraft(long GroupId, string CreatedBy, PollKind Kind, string Question, IReadOnlyList<PollOption> Options, Instant ClosesAt, bool AllowMultiple, bool Anonymous, bool ResultsHidden)
{
    /// <summary>Goal polls: the winning goal's due date.</summary>
    public LocalDate? GoalDue { get; init; }

    /// <summary>Meeting-time polls: the series whose next occurrence moves; null to schedule a new meeting.</summary>
    public long? SeriesId { get; init; }

    /// <summary>Meeting-time polls without a series: the new meeting's title.</summary>
    public string? MeetingTitle { get; init; }

    /// <summary>Meeting-time polls without a series: the new meeting's length in minutes.</summary>
    public int? MeetingMinutes { get; init; }
}
