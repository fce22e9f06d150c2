using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using StudyBot.Core.Meetings;

namespace StudyBot.Application.Meetings;

/// <summary>
/// The payload of a meeting's scheduled work: which occurrence (its rule slot, as ISO local time) starting
/// when (Unix milliseconds), and for a reminder its offset. The store's migration writes the same shape.
/// </summary>
/// <param name="Occurrence">The occurrence's original local start, e.g. <c>2027-03-16T19:00:00</c>.</param>
/// <param name="Start">When it starts, in Unix milliseconds.</param>
/// <param name="OffsetMinutes">For a reminder, minutes before the start; 0 for an advance.</param>
public sealed record MeetingWorkPayload(string Occurrence, long Start, int OffsetMinutes = 0)
{
    /// <summary>The payload of a reminder or an advance of <paramref name="occurrence"/>.</summary>
    public static MeetingWorkPayload For(PlannedOccurrence occurrence, Duration offset)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        return new(LocalDateTimePattern.ExtendedIso.Format(occurrence.Original), occurrence.Start.ToUnixTimeMilliseconds(), (int)offset.TotalMinutes);
    }

    /// <summary>The occurrence's original local start.</summary>
    [JsonIgnore]
    public LocalDateTime OriginalStart => LocalDateTimePattern.ExtendedIso.Parse(Occurrence).GetValueOrThrow();

    /// <summary>When the occurrence starts.</summary>
    [JsonIgnore]
    public Instant StartInstant => Instant.FromUnixTimeMilliseconds(Start);

    /// <summary>The reminder's offset.</summary>
    [JsonIgnore]
    public Duration Offset => Duration.FromMinutes(OffsetMinutes);
}
