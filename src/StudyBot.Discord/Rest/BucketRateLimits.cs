using System.Collections.Concurrent;

namespace StudyBot.Discord.Rest;

/// <summary>
/// Per-route limits learned from the <c>X-RateLimit-*</c> headers (never hard-coded). Routes that
/// share a bucket hash share one state per top-level resource.
/// </summary>
internal sealed class BucketRateLimits(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, BucketState> _states = new(StringComparer.Ordinal);

    /// <summary>Waits while the route's bucket is exhausted, then takes one request from it.</summary>
    public async Task AcquireAsync(DiscordRequest request, CancellationToken cancellationToken)
    {
        var state = StateOf(request);
        while (true)
        {
            var wait = state.TryTake(time.GetUtcNow());
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Learns the bucket and its remaining count from a response's headers.</summary>
    public void Observe(DiscordRequest request, RateLimitHeaders headers)
    {
        if (headers.Bucket is { } bucket)
        {
            _bucketOfRoute[request.Route] = bucket;
        }

        if (headers.Remaining is { } remaining && headers.ResetAfter is { } resetAfter)
        {
            StateOf(request).Update(remaining, time.GetUtcNow() + resetAfter);
        }
    }

    /// <summary>A per-route 429: the bucket is empty until <paramref name="retryAfter"/> has passed.</summary>
    public void Exhaust(DiscordRequest request, TimeSpan retryAfter) =>
        StateOf(request).Update(0, time.GetUtcNow() + retryAfter);

    private BucketState StateOf(DiscordRequest request)
    {
        // The route already names its top-level resource, so a shared bucket hash is split per resource.
        var key = _bucketOfRoute.TryGetValue(request.Route, out var bucket) ? bucket + "|" + MajorOf(request.Route) : request.Route;
        return _states.GetOrAdd(key, _ => new BucketState());
    }

    private static string MajorOf(string route)
    {
        var parts = route.Split(' ', 2)[^1].Split('/');
        return parts.Length > 1 ? parts[0] + "/" + parts[1] : parts[0];
    }
}
