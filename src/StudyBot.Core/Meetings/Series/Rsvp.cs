using NodaTime;

namespace StudyBot.Core.Meetings;

/// <summary>A member's answer for one occurrence.</summary>
public sealed class Rsvp
{
    /// <summary>Creates an answer.</summary>
    public Rsvp(long seriesId, LocalDateTime occurrence, string userId, RsvpStatus status, Instant answeredAt)
    {
        SeriesId = seriesId;
        Occurrence = occurrence;
        UserId = userId;
        Status = status;
        AnsweredAt = answeredAt;
    }

    /// <summary>Store key.</summary>
    public long Id { get; private set; }

    /// <summary>The series.</summary>
    public long SeriesId { get; private set; }

    /// <summary>The occurrence's original local start.</summary>
    public LocalDateTime Occurrence { get; private set; }

    /// <summary>Who answered.</summary>
    public string UserId { get; private set; }

    /// <summary>The answer.</summary>
    public RsvpStatus Status { get; set; }

    /// <summary>When they last answered.</summary>
    public Instant AnsweredAt { get; set; }
}
