namespace StudyBot.Application.Meetings;

/// <summary>Queues the meetings-changed notice for after the commit, so listeners read the new rows.</summary>
public static class MeetingsChangedNotification
{
    /// <summary>Tells every listener once the unit of work has committed.</summary>
    public static void AddMeetingsChanged(this AfterCommit afterCommit, IEnumerable<IMeetingsChangedListener> listeners)
    {
        ArgumentNullException.ThrowIfNull(afterCommit);
        ArgumentNullException.ThrowIfNull(listeners);
        foreach (var listener in listeners)
        {
            afterCommit.AddOnce(listener.MeetingsChanged);
        }
    }
}
