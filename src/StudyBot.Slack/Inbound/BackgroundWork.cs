using Microsoft.Extensions.Logging;
using StudyBot.Commands.Intake;

namespace StudyBot.Slack.Inbound;

/// <summary>
/// Work that outlives the acknowledgement (answers after the 3-second window, uploads, event handling). It counts as
/// a command in hand (<see cref="InFlightCommands"/>), so a shutdown waits for it, and it is cancelled only when the
/// shutdown grace runs out.
/// </summary>
internal sealed partial class BackgroundWork(InFlightCommands inFlight, ILogger<BackgroundWork> logger)
{
    /// <summary>Starts <paramref name="work"/> and returns its task.</summary>
    public Task<T> Start<T>(Func<CancellationToken, Task<T>> work)
    {
        var lease = inFlight.Begin();
        var task = Task.Run(() => work(inFlight.Stopping), inFlight.Stopping);
        task.ContinueWith(_ => lease.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return task;
    }

    /// <summary>Runs <paramref name="work"/> in the background; failures are logged, never lost silently.</summary>
    public void Run(string what, Func<CancellationToken, Task> work)
    {
        var lease = inFlight.Begin();
        _ = Task.Run(
            async () =>
            {
                try
                {
                    await work(inFlight.Stopping).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (inFlight.Stopping.IsCancellationRequested)
                {
                    // The shutdown grace ran out.
                }
#pragma warning disable CA1031 // Background work has no caller to rethrow to; log and carry on.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    LogFailed(logger, ex, what);
                }
                finally
                {
                    lease.Dispose();
                }
            },
            CancellationToken.None);
    }

    /// <summary>Waits until everything started so far has finished (tests).</summary>
    public Task IdleAsync(CancellationToken cancellationToken) => inFlight.IdleAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack background work failed: {What}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string what);
}
