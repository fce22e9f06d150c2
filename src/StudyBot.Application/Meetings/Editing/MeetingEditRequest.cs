namespace StudyBot.Application.Meetings.Editing;

/// <summary>
/// What an organizer typed into <c>/meeting edit</c>; null leaves a setting as it is, and <c>none</c> clears
/// the location, agenda, reminders or end date. <see cref="SeriesEdit"/> reads and checks every part.
/// </summary>
/// <param name="Meeting">The series (#number or title); null for the group's only one.</param>
/// <param name="From">The first day the change applies to; null for the next meeting.</param>
/// <param name="Title">A new title.</param>
/// <param name="Time">A new time of day, e.g. <c>19:30</c>.</param>
/// <param name="Days">New weekdays of a weekly meeting, e.g. <c>wed,fri</c> (its week interval stays).</param>
/// <param name="Repeat">A new rule, as <c>/meeting schedule</c> takes it.</param>
/// <param name="Duration">A new length, e.g. <c>90m</c>.</param>
/// <param name="Location">A new room or link.</param>
/// <param name="Agenda">A new agenda.</param>
/// <param name="Reminders">New reminder offsets, e.g. <c>1d,15m</c>.</param>
/// <param name="Until">A new last date.</param>
public sealed record MeetingEditRequest(
    string? Meeting = null,
    string? From = null,
    string? Title = null,
    string? Time = null,
    string? Days = null,
    string? Repeat = null,
    string? Duration = null,
    string? Location = null,
    string? Agenda = null,
    string? Reminders = null,
    string? Until = null)
{
    /// <summary>True when the request changes nothing.</summary>
    public bool ChangesNothing =>
        Title is null && Time is null && Days is null && Repeat is null && Duration is null && Location is null && Agenda is null && Reminders is null && Until is null;

    /// <summary>True when the request changes when the meetings happen (not only details or the end).</summary>
    public bool ChangesRule => Time is not null || Days is not null || Repeat is not null;
}
