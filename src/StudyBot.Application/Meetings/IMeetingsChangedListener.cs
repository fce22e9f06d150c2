namespace StudyBot.Application.Meetings;

/// <summary>
/// Told after a commit that changed meetings (scheduled, skipped, cancelled, moved) or how a group
/// mirrors them, so adapters that copy meetings elsewhere (Discord server events) catch up at once
/// rather than at their next poll. Zero or more are registered; each must return quickly and not throw.
/// </summary>
public interface IMeetingsChangedListener
{
    /// <summary>Committed meeting state changed.</summary>
    void MeetingsChanged();
}
