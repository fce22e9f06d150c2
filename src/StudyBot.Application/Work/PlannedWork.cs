using NodaTime;

namespace StudyBot.Application.Work;

/// <summary>Work an owner wants done: what <see cref="WorkPlanner.ReplaceAsync"/> stores.</summary>
/// <param name="Kind">Which handler does it.</param>
/// <param name="Key">Unique across all work; include the owner and whatever makes the item itself.</param>
/// <param name="DueAt">When.</param>
/// <param name="Payload">The kind's payload, serialized with <see cref="WorkPayload"/>.</param>
public sealed record PlannedWork(string Kind, string Key, Instant DueAt, string Payload);
