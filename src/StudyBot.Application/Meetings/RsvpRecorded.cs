using NodaTime;
using StudyBot.Core.Meetings;

namespace StudyBot.Application.Meetings;

/// <summary>A member's answer, as stored.</summary>
/// <param name="Series">The series.</param>
/// <param name="Occurrence">The occurrence answered for.</param>
/// <param name="Zone">The group's zone.</param>
/// <param name="Status">The answer.</param>
public sealed record RsvpRecorded(MeetingSeries Series, PlannedOccurrence Occurrence, DateTimeZone Zone, RsvpStatus Status)
{
    /// <summary>For a can't: a line per fixed role of theirs that passed to someone else.</summary>
    public IReadOnlyList<string> HandedOver { get; init; } = [];
}
