using NodaTime;

namespace StudyBot.Core.Meetings;

/// <summary>An occurrence as it will really happen: the rule's slot, after any move.</summary>
/// <param name="Original">The slot by the rule: the occurrence's identity for RSVPs and attendance.</param>
/// <param name="Local">When it happens, local to the group's zone.</param>
/// <param name="Start">When it happens.</param>
/// <param name="Moved">True when an organizer moved it away from its slot.</param>
public sealed record PlannedOccurrence(LocalDateTime Original, LocalDateTime Local, Instant Start, bool Moved);
