namespace StudyBot.Commands.Routing;

/// <summary>
/// Tells the background workers that committed state changed: planned reminders (the scheduler
/// re-arms its trigger) or the outbox (the dispatcher delivers now rather than at its next poll).
/// </summary>
public interface IBackgroundWork
{
    /// <summary>Planned reminders were added, changed or removed.</summary>
    void RemindersChanged();

    /// <summary>Messages were queued in the outbox.</summary>
    void OutboxChanged();
}
