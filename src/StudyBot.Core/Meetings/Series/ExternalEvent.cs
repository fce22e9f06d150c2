using NodaTime;

namespace StudyBot.Core.Meetings;

/// <summary>
/// Links a series to the event on another platform (a Discord scheduled event) that mirrors its next
/// occurrence. One per series: only the next occurrence is mirrored, as with planned reminders.
/// </summary>
public sealed class ExternalEvent
{
    /// <summary>Creates a link to the event <paramref name="externalId"/>.</summary>
    public ExternalEvent(long seriesId, LocalDateTime occurrence, Instant start, string externalId, string detailsHash)
    {
        SeriesId = seriesId;
        Occurrence = occurrence;
        Start = start;
        ExternalId = externalId;
        DetailsHash = detailsHash;
    }

    /// <summary>Store key.</summary>
    public long Id { get; private set; }

    /// <summary>The series.</summary>
    public long SeriesId { get; private set; }

    /// <summary>The mirrored occurrence's original local start (its identity).</summary>
    public LocalDateTime Occurrence { get; private set; }

    /// <summary>When the mirrored occurrence starts (after any move).</summary>
    public Instant Start { get; private set; }

    /// <summary>The platform's id of the event.</summary>
    public string ExternalId { get; private set; }

    /// <summary>
    /// A hash of the details last sent (name, description, location, times), so a change is noticed
    /// without asking the platform for the event.
    /// </summary>
    public string DetailsHash { get; private set; }

    /// <summary>Records that the event now mirrors <paramref name="occurrence"/> with the given details.</summary>
    public void Mirrored(LocalDateTime occurrence, Instant start, string detailsHash)
    {
        Occurrence = occurrence;
        Start = start;
        DetailsHash = detailsHash;
    }
}
