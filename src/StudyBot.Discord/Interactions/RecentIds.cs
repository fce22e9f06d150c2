namespace StudyBot.Discord.Interactions;

/// <summary>
/// Remembers the last few thousand ids seen, so an interaction or event delivered twice (a replay
/// after Resume, a retried HTTP delivery) is handled once.
/// </summary>
internal sealed class RecentIds(int capacity)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _gate = new();

    /// <summary>True when the id is new.</summary>
    public bool Add(string id)
    {
        lock (_gate)
        {
            if (!_ids.Add(id))
            {
                return false;
            }

            _order.Enqueue(id);
            if (_order.Count > capacity)
            {
                _ids.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
