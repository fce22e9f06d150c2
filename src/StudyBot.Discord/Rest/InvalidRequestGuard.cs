namespace StudyBot.Discord.Rest;

/// <summary>
/// Counts 401, 403 and non-shared 429 answers over ten minutes. Discord bans an IP at 10,000; the
/// adapter stops sending at a small fraction of that, so a bug or a revoked permission cannot get it banned.
/// </summary>
internal sealed class InvalidRequestGuard(TimeProvider time, int budget)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly Queue<DateTimeOffset> _invalid = new();
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                Trim(time.GetUtcNow());
                return _invalid.Count;
            }
        }
    }

    public bool Exhausted => Count >= budget;

    public void Record()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            Trim(now);
            _invalid.Enqueue(now);
        }
    }

    private void Trim(DateTimeOffset now)
    {
        while (_invalid.Count > 0 && now - _invalid.Peek() >= Window)
        {
            _invalid.Dequeue();
        }
    }
}
