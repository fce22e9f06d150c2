namespace StudyBot.Slack.Api;

/// <summary>
/// A token bucket on <see cref="TimeProvider"/> that hands out reservations: a caller takes a token now and is
/// told how long to wait for it, so concurrent callers queue in order without polling.
/// </summary>
internal sealed class TokenBucket(int capacity, TimeSpan refillInterval, TimeProvider time)
{
    private readonly Lock _gate = new();
    private double _tokens = capacity;
    private DateTimeOffset _updated = time.GetUtcNow();
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>Takes one token and returns how long the caller must wait before using it.</summary>
    public TimeSpan Reserve()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            Refill(now);
            _tokens -= 1;
            var pause = _pausedUntil > now ? _pausedUntil - now : TimeSpan.Zero;
            return _tokens >= 0 ? pause : pause + (refillInterval * -_tokens);
        }
    }

    /// <summary>Stops everyone until <paramref name="until"/> (Slack's Retry-After) and empties the bucket.</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (_gate)
        {
            Refill(time.GetUtcNow());
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }

            // After the pause, one call goes at once and the rest follow at the tier's pace, not in the burst that got us limited.
            _tokens = Math.Min(_tokens, 1);
        }
    }

    private void Refill(DateTimeOffset now)
    {
        var from = _updated > _pausedUntil ? _updated : _pausedUntil;
        if (now > from)
        {
            _tokens = Math.Min(capacity, _tokens + ((now - from) / refillInterval));
        }

        _updated = now;
    }
}
