namespace StudyBot.Discord.ScheduledEvents;

/// <summary>A meeting mirrored as a guild scheduled event of type EXTERNAL.</summary>
/// <param name="Name">Title (at most 100 characters).</param>
/// <param name="Description">Agenda or details (at most 1000 characters).</param>
/// <param name="Location">Where or the meeting link (at most 100 characters).</param>
/// <param name="Start">Start instant.</param>
/// <param name="End">End instant (EXTERNAL events require one).</param>
public sealed record ExternalScheduledEvent(string Name, string? Description, string Location, DateTimeOffset Start, DateTimeOffset End);
