using NodaTime;

namespace StudyBot.Core.Meetings;

/// <summary>
/// A durable plan to act at <see cref="DueAt"/> for the next occurrence of a series: send a reminder,
/// or (kind Advance, due at the start) plan the occurrence after it. Only the next occurrence is ever
/// planned, so the table stays small however long a series runs.
/// </summary>
public sealed class PlannedReminder
{
    /// <summary>Creates a plan row.</summary>
    public PlannedReminder(long seriesId, LocalDateTime occurrence, Instant occurrenceStart, PlannedReminderKind kind, int offsetMinutes, Instant dueAt)
    {
        SeriesId = seriesId;
        Occurrence = occurrence;
        OccurrenceStart = occurrenceStart;
        Kind = kind;
        OffsetMinutes = offsetMinutes;
        DueAt = dueAt;
    }

    /// <summary>Store key.</summary>
    public long Id { get; private set; }

    /// <summary>The series.</summary>
    public long SeriesId { get; private set; }

    /// <summary>The occurrence's original local start (its identity).</summary>
    public LocalDateTime Occurrence { get; private set; }

    /// <summary>When the occurrence actually starts (after any move).</summary>
    public Instant OccurrenceStart { get; private set; }

    /// <summary>Reminder or advance.</summary>
    public PlannedReminderKind Kind { get; private set; }

    /// <summary>Minutes before the start (0 for Advance).</summary>
    public int OffsetMinutes { get; private set; }

    /// <summary>When to act.</summary>
    public Instant DueAt { get; private set; }
}
