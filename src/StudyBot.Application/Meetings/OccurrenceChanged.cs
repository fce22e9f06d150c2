using NodaTime;
using StudyBot.Core.Meetings;

namespace StudyBot.Application.Meetings;

/// <summary>What an organizer changed: one occurrence of a series, or (with no occurrence) the whole series.</summary>
/// <param name="Series">The series.</param>
/// <param name="Occurrence">The occurrence as it was, or null for the whole series.</param>
/// <param name="Zone">The group's zone, to show times in.</param>
/// <param name="MovedTo">For a move, the new start.</param>
public sealed record OccurrenceChanged(MeetingSeries Series, PlannedOccurrence? Occurrence, DateTimeZone Zone, Instant? MovedTo = null);
