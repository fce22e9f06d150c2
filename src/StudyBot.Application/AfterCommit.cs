namespace StudyBot.Application;

/// <summary>
/// Work wanted only once the unit of work is committed, such as waking the scheduler: done earlier, the
/// scheduler could read the store before the new rows exist and miss them. One per DI scope; whoever
/// owns the transaction (the command router, the scheduled-work engine) runs the actions after commit
/// and discards them on rollback.
/// </summary>
public sealed class AfterCommit
{
    private readonly List<Action> _actions = [];
    private readonly HashSet<Action> _once = [];

    /// <summary>Queues an action for after the commit.</summary>
    public void Add(Action action) => _actions.Add(action);

    /// <summary>Queues an action unless the same one is already queued (a wake-up needs saying once).</summary>
    public void AddOnce(Action action)
    {
        if (_once.Add(action))
        {
            _actions.Add(action);
        }
    }

    /// <summary>Runs and clears the queued actions.</summary>
    public void Run()
    {
        var actions = _actions.ToList();
        Discard();
        foreach (var action in actions)
        {
            action();
        }
    }

    /// <summary>Forgets the queued actions (the transaction rolled back).</summary>
    public void Discard()
    {
        _actions.Clear();
        _once.Clear();
    }
}
