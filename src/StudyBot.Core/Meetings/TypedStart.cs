using NodaTime;

namespace StudyBot.Core.Meetings;

/// <summary>A start as read from what was typed, in the group's zone.</summary>
/// <param name="Local">The local date and time in the group's zone.</param>
/// <param name="AsTyped">
/// When a zone was typed after the time (<c>7pm EST</c>): the time in that zone, so replies can say
/// "7pm EST is 01:00 CET here"; null otherwise.
/// </param>
public sealed record TypedStart(LocalDateTime Local, ZonedDateTime? AsTyped);
