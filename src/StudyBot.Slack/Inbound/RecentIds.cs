namespace StudyBot.Slack.Inbound;

/// <summary>
/// Remembers the last few thousand delivery ids (event_id, envelope_id), so a retried delivery is handled once.
/// In memory: after a restart a retry of an old delivery would be handled again, which Slack's 5-minute
/// retry window makes rare.
/// </summary>
internal sealed class RecentIds(int capacity = 10_000)
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>True the first time an id is seen.</summary>
    public bool TryAdd(string id)
    {
        lock (_gate)
        {
            if (!_seen.Add(id))
            {
                return false;
            }

            _order.Enqueue(id);
            if (_order.Count > capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
