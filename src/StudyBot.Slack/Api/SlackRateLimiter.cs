using System.Collections.Concurrent;

namespace StudyBot.Slack.Api;

/// <summary>
/// Keeps each Web API method within its tier (per workspace: one bot token is one workspace), and chat.postMessage
/// within about one message per second per channel. A 429 pauses the method for its Retry-After.
/// </summary>
internal sealed class SlackRateLimiter(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, TokenBucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>Waits until a call to <paramref name="method"/> (for <paramref name="channel"/>, where that matters) is allowed.</summary>
    public async Task WaitAsync(SlackMethod method, string? channel, CancellationToken cancellationToken)
    {
        var wait = Bucket(method, channel).Reserve();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Applies Slack's Retry-After to the method (and channel).</summary>
    public void Pause(SlackMethod method, string? channel, TimeSpan retryAfter) =>
        Bucket(method, channel).PauseUntil(time.GetUtcNow() + retryAfter);

    private TokenBucket Bucket(SlackMethod method, string? channel)
    {
        var key = method.Tier == RateLimitTier.PostMessage ? $"{method.Name}:{channel}" : method.Name;
        return _buckets.GetOrAdd(key, _ => Create(method.Tier));
    }

    // Burst sizes are ours: Slack publishes only the per-minute floor and says short bursts are tolerated.
    private TokenBucket Create(RateLimitTier tier) => tier switch
    {
        RateLimitTier.Tier1 => new TokenBucket(2, TimeSpan.FromMinutes(1), time),
        RateLimitTier.Tier2 => new TokenBucket(5, TimeSpan.FromMinutes(1) / 20, time),
        RateLimitTier.Tier3 => new TokenBucket(10, TimeSpan.FromMinutes(1) / 50, time),
        RateLimitTier.Tier4 => new TokenBucket(20, TimeSpan.FromMinutes(1) / 100, time),
        _ => new TokenBucket(3, TimeSpan.FromSeconds(1), time),
    };
}
