using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace StudyBot.Slack.Inbound;

/// <summary>
/// Work that outlives the acknowledgement (answers after the 3-second window, uploads, event handling). It runs on
/// the adapter's own lifetime, not the request's, and is cancelled when the host shuts down.
/// </summary>
internal sealed partial class BackgroundWork(ILogger<BackgroundWork> logger) : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    /// <summary>Starts <paramref name="work"/> and returns its task.</summary>
    public Task<T> Start<T>(Func<CancellationToken, Task<T>> work)
    {
        var task = Task.Run(() => work(_stopping.Token), _stopping.Token);
        Track(task);
        return task;
    }

    /// <summary>Runs <paramref name="work"/> in the background; failures are logged, never lost silently.</summary>
    public void Run(string what, Func<CancellationToken, Task> work) => Track(Task.Run(
        async () =>
        {
            try
            {
                await work(_stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                // Shutting down.
            }
#pragma warning disable CA1031 // Background work has no caller to rethrow to; log and carry on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex, what);
            }
        },
        _stopping.Token));

    /// <summary>Waits until everything started so far has finished (shutdown, tests).</summary>
    public async Task IdleAsync(CancellationToken cancellationToken)
    {
        while (!_running.IsEmpty)
        {
            // WhenAny of WhenAll waits for all without rethrowing their failures, which their owners handle.
            await Task.WhenAny(Task.WhenAll(_running.Keys)).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private void Track(Task task)
    {
        _running.TryAdd(task, 0);
        task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack background work failed: {What}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string what);
}
