namespace StudyBot.Application;

/// <summary>
/// Tells the background workers that committed state changed: scheduled work (the scheduler re-arms its
/// trigger) or the outbox (the dispatcher delivers now rather than at its next poll). Each must return
/// quickly and never throw.
/// </summary>
public interface IBackgroundWork
{
    /// <summary>Scheduled work was added, changed or removed.</summary>
    void WorkPlanned();

    /// <summary>Messages were queued in the outbox.</summary>
    void OutboxChanged();
}
