using NodaTime;
using StudyBot.Core.Meetings;

namespace StudyBot.Application.Meetings;

/// <summary>What a request that names a meeting and a day points at.</summary>
/// <param name="Series">The series named.</param>
/// <param name="Date">The day, in the group's zone.</param>
/// <param name="Occurrence">The occurrence that day, or null when the series does not meet then.</param>
/// <param name="Change">Its skip, cancellation or move, if any.</param>
/// <param name="Zone">The group's zone.</param>
/// <param name="Now">When the request was read.</param>
public sealed record OccurrenceOnDate(MeetingSeries Series, LocalDate Date, PlannedOccurrence? Occurrence, OccurrenceChange? Change, DateTimeZone Zone, Instant Now)
{
    /// <summary>True when the occurrence was skipped or cancelled.</summary>
    public bool CalledOff => Change is { Kind: OccurrenceChangeKind.Skipped or OccurrenceChangeKind.Cancelled };
}
