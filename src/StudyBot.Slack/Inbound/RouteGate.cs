using Microsoft.Extensions.Options;
using StudyBot.Slack.Configuration;

namespace StudyBot.Slack.Inbound;

/// <summary>
/// Caps how many Slack interactions run in the router at once. Commands beyond the cap wait without holding a
/// thread, so a burst that contends for the database (SQLite serializes writers, and its driver waits for a busy
/// lock by sleeping on the thread) cannot starve the thread pool and delay the acknowledgements of everyone else.
/// </summary>
internal sealed class RouteGate(IOptions<SlackOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentCommands));

    /// <summary>Runs <paramref name="work"/> when a slot is free.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await work().ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
