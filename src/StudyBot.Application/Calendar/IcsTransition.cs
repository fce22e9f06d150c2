using NodaTime;

namespace StudyBot.Application.Calendar;

/// <summary>One change of a zone's wall offset.</summary>
/// <param name="At">When it happens.</param>
/// <param name="From">The wall offset before.</param>
/// <param name="To">The wall offset after.</param>
/// <param name="Daylight">True when the new time is daylight-saving time.</param>
/// <param name="Name">The abbreviation of the new time, such as <c>CEST</c>.</param>
internal sealed record IcsTransition(Instant At, Offset From, Offset To, bool Daylight, string Name)
{
    /// <summary>The local time it happens at, read on the clock before it (as a VTIMEZONE's DTSTART is).</summary>
    public LocalDateTime Local => At.WithOffset(From).LocalDateTime;
}
