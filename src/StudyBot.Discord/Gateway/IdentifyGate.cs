namespace StudyBot.Discord.Gateway;

/// <summary>
/// Paces Identify: <c>max_concurrency</c> per 5 seconds, bucket <c>shard_id % max_concurrency</c>, and
/// waits out the daily session start limit instead of burning it (going over resets the token).
/// </summary>
internal sealed class IdentifyGate(TimeProvider time)
{
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5);
    private readonly Dictionary<int, DateTimeOffset> _nextAllowed = [];
    private readonly Lock _gate = new();
    private int _maxConcurrency = 1;
    private int _remaining = int.MaxValue;
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;

    public void Configure(int maxConcurrency, int remaining, TimeSpan resetAfter)
    {
        lock (_gate)
        {
            _maxConcurrency = Math.Max(1, maxConcurrency);
            _remaining = remaining;
            _resetAt = time.GetUtcNow() + resetAfter;
        }
    }

    /// <summary>Waits for the shard's turn; returns how long it waited.</summary>
    public async Task<TimeSpan> WaitAsync(int shardId, CancellationToken cancellationToken)
    {
        var waited = TimeSpan.Zero;
        while (true)
        {
            var wait = TryTake(shardId);
            if (wait <= TimeSpan.Zero)
            {
                return waited;
            }

            waited += wait;
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan TryTake(int shardId)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_remaining <= 0)
            {
                if (now < _resetAt)
                {
                    return _resetAt - now;
                }

                // Discord's figure is stale after its reset; the next GET /gateway/bot refreshes it.
                _remaining = int.MaxValue;
            }

            var bucket = shardId % _maxConcurrency;
            if (_nextAllowed.TryGetValue(bucket, out var next) && now < next)
            {
                return next - now;
            }

            _nextAllowed[bucket] = now + Spacing;
            _remaining--;
            return TimeSpan.Zero;
        }
    }
}
