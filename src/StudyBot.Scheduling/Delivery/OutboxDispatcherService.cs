using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StudyBot.Persistence;

namespace StudyBot.Scheduling.Delivery;

/// <summary>
/// Runs the dispatcher: at start (catching up after downtime), on every signal, and on a poll. A round that fails
/// (the database locked or full) is logged and retried with a growing pause; delivery never stops for good.
/// </summary>
public sealed partial class OutboxDispatcherService(
    OutboxDispatcher dispatcher,
    OutboxSignal signal,
    TimeProvider time,
    OutboxOptions options,
    ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    private static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            signal.Reset();
            var wait = options.PollInterval;
            try
            {
                await dispatcher.DispatchDueAsync(stoppingToken).ConfigureAwait(false);
                if (failures > 0)
                {
                    LogRecovered(logger, failures);
                }

                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A database hiccup must not stop delivery for good; the next round retries.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures++;
                wait = TimeSpan.FromTicks(Math.Min(options.PollInterval.Ticks * (1L << Math.Min(failures, 10)), LongestPause.Ticks));
                if (failures == 1)
                {
                    LogRoundFailed(logger, ex, StoreFailures.Classify(ex), wait);
                }
                else
                {
                    LogStillFailing(logger, failures, ex.Message, wait);
                }
            }

            try
            {
                // After a failure a signal must not cut the pause short: the store is what is wrong, not the timing.
                if (failures > 0)
                {
                    await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
                }
                else
                {
                    await signal.WaitAsync(wait, time, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch round failed ({Failure}); trying again in {Wait}")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception, StoreFailure failure, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch still failing ({Failures} rounds in a row): {Error}; trying again in {Wait}")]
    private static partial void LogStillFailing(ILogger logger, int failures, string error, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox dispatch works again after {Failures} failed round(s)")]
    private static partial void LogRecovered(ILogger logger, int failures);
}
