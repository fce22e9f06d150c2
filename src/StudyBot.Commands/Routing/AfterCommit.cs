namespace StudyBot.Commands.Routing;

/// <summary>
/// Work a handler wants done only once its transaction is committed, such as waking the scheduler:
/// done earlier, the scheduler could read the store before the new rows exist and miss them.
/// One per invocation scope; the router runs the actions after commit and discards them on rollback.
/// </summary>
public sealed class AfterCommit
{
    private readonly List<Action> _actions = [];

    /// <summary>Queues an action for after the commit.</summary>
    public void Add(Action action) => _actions.Add(action);

    /// <summary>Runs and clears the queued actions.</summary>
    internal void Run()
    {
        foreach (var action in _actions)
        {
            action();
        }

        _actions.Clear();
    }
}
