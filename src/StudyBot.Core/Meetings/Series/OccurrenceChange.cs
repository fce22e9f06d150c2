using NodaTime;

namespace StudyBot.Core.Meetings;

/// <summary>An exception to the rule for one occurrence: skipped, cancelled or moved.</summary>
public sealed class OccurrenceChange
{
    /// <summary>Creates a change for the occurrence originally starting at <paramref name="originalStart"/>.</summary>
    public OccurrenceChange(long seriesId, LocalDateTime originalStart, OccurrenceChangeKind kind, LocalDateTime? newStart, string changedBy, Instant changedAt)
    {
        SeriesId = seriesId;
        OriginalStart = originalStart;
        Kind = kind;
        NewStart = newStart;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }

    /// <summary>Store key.</summary>
    public long Id { get; private set; }

    /// <summary>The series.</summary>
    public long SeriesId { get; private set; }

    /// <summary>The occurrence's start by the rule: its identity, even after a move.</summary>
    public LocalDateTime OriginalStart { get; private set; }

    /// <summary>What happened to it.</summary>
    public OccurrenceChangeKind Kind { get; set; }

    /// <summary>The new local start of a moved occurrence.</summary>
    public LocalDateTime? NewStart { get; set; }

    /// <summary>Who changed it.</summary>
    public string ChangedBy { get; set; }

    /// <summary>When.</summary>
    public Instant ChangedAt { get; set; }
}
