using NodaTime;

namespace StudyBot.Core.Meetings;

/// <summary>Someone came to an occurrence, as an organizer recorded.</summary>
public sealed class AttendanceRecord
{
    /// <summary>Creates a record.</summary>
    public AttendanceRecord(long seriesId, LocalDateTime occurrence, string userId, string recordedBy, Instant recordedAt)
    {
        SeriesId = seriesId;
        Occurrence = occurrence;
        UserId = userId;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    /// <summary>Store key.</summary>
    public long Id { get; private set; }

    /// <summary>The series.</summary>
    public long SeriesId { get; private set; }

    /// <summary>The occurrence's original local start.</summary>
    public LocalDateTime Occurrence { get; private set; }

    /// <summary>Who came.</summary>
    public string UserId { get; private set; }

    /// <summary>Who recorded it.</summary>
    public string RecordedBy { get; private set; }

    /// <summary>When.</summary>
    public Instant RecordedAt { get; private set; }
}
