namespace StudyBot.Core.Meetings;

/// <summary>What happened to one occurrence.</summary>
public enum OccurrenceChangeKind
{
    /// <summary>The group skips this one (e.g. a holiday).</summary>
    Skipped = 0,

    /// <summary>Cancelled by an organizer.</summary>
    Cancelled = 1,

    /// <summary>Held at another time.</summary>
    Moved = 2,
}
