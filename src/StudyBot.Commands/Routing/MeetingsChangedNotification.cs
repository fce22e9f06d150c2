namespace StudyBot.Commands.Routing;

/// <summary>Queues the meetings-changed notice for after the commit, so listeners read the new rows.</summary>
public static class MeetingsChangedNotification
{
    /// <summary>Tells every listener once the invocation's transaction has committed.</summary>
    public static void AddMeetingsChanged(this AfterCommit afterCommit, IEnumerable<IMeetingsChangedListener> listeners)
    {
        ArgumentNullException.ThrowIfNull(afterCommit);
        ArgumentNullException.ThrowIfNull(listeners);
        afterCommit.Add(() =>
        {
            foreach (var listener in listeners)
            {
                listener.MeetingsChanged();
            }
        });
    }
}
