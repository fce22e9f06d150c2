namespace StudyBot.Discord.Rest;

/// <summary>
/// Discord's global limit of 50 requests a second, as a sliding window of the last 50 start times,
/// plus the pause a global 429 imposes on every route.
/// </summary>
internal sealed class GlobalRateLimit(TimeProvider time, int perSecond = 50)
{
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly Lock _gate = new();
    private DateTimeOffset _blockedUntil = DateTimeOffset.MinValue;

    /// <summary>Waits until one more request fits, then counts it.</summary>
    public async Task AcquireAsync(bool exemptFromWindow, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryTake(exemptFromWindow);
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A global 429: nothing goes out until it has passed.</summary>
    public void Block(TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (until > _blockedUntil)
            {
                _blockedUntil = until;
            }
        }
    }

    private TimeSpan TryTake(bool exemptFromWindow)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (now < _blockedUntil)
            {
                return _blockedUntil - now;
            }

            if (exemptFromWindow)
            {
                return TimeSpan.Zero;
            }

            while (_recent.Count > 0 && now - _recent.Peek() >= TimeSpan.FromSeconds(1))
            {
                _recent.Dequeue();
            }

            if (_recent.Count >= perSecond)
            {
                return _recent.Peek() + TimeSpan.FromSeconds(1) - now;
            }

            _recent.Enqueue(now);
            return TimeSpan.Zero;
        }
    }
}
