namespace StudyBot.Application.Polls;

/// <summary>A poll as people typed it; <see cref="PollCreation"/> reads and checks every part.</summary>
/// <param name="Question">What is asked.</param>
/// <param name="Options">The choices, separated by <c>|</c> (or one per line).</param>
/// <param name="Kind"><c>plain</c> (default), <c>goal</c> or <c>meeting</c>.</param>
/// <param name="Closes">The deadline as a start time is typed (<c>fri 18:00</c>, <c>in 2 days</c>); null for 24 hours.</param>
/// <param name="Multiple">Whether members may choose several options.</param>
/// <param name="Anonymous">Whether who voted what stays hidden from everyone.</param>
/// <param name="HideResults">Whether counts stay hidden until the poll closes.</param>
public sealed record PollRequest(string Question, string Options, string? Kind = null, string? Closes = null, bool Multiple = false, bool Anonymous = false, bool HideResults = false)
{
    /// <summary>Goal polls: the winning goal's due date (<c>2027-01-31</c>, <c>fri</c>).</summary>
    public string? Due { get; init; }

    /// <summary>Meeting-time polls: the series whose next meeting moves to the winning time; null schedules a new meeting.</summary>
    public string? Meeting { get; init; }

    /// <summary>Meeting-time polls without a series: the new meeting's title (the question when not given).</summary>
    public string? Title { get; init; }

    /// <summary>Meeting-time polls without a series: the new meeting's length (<c>90m</c>; an hour when not given).</summary>
    public string? Duration { get; init; }
}
