using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using StudyBot.Persistence;
using StudyBot.Scheduling.Delivery;
using StudyBot.Core.Work;
using StudyBot.Scheduling.Work;

namespace StudyBot.Scheduling.Clock;

/// <summary>
/// The console's <c>--simulated-clock</c>: moves a fake clock forward step by step, stopping at every
/// instant something falls due so it fires through the real Quartz trigger and outbox, in order,
/// before the clock moves on.
/// </summary>
public sealed partial class SimulatedClock(SimulatedTimeProvider time, WorkTrigger trigger, ScheduledWorkProcessor work, OutboxDispatcher dispatcher, OutboxSignal outbox, IServiceScopeFactory scopes, ILogger<SimulatedClock> logger)
{
    /// <summary>How long to wait for due work to settle before reporting it stuck.</summary>
    public static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan NudgeAfter = TimeSpan.FromSeconds(2);

    /// <summary>The simulated now.</summary>
    public Instant Now => Instant.FromDateTimeOffset(time.GetUtcNow());

    /// <summary>Moves the clock to <paramref name="target"/>, letting everything due on the way fire; false if work did not settle.</summary>
    public async Task<bool> AdvanceToAsync(Instant target, CancellationToken cancellationToken)
    {
        while (true)
        {
            await RearmAsync(cancellationToken).ConfigureAwait(false);
            var next = Earliest(await work.NextDueAsync(cancellationToken).ConfigureAwait(false), await dispatcher.NextDueAsync(cancellationToken).ConfigureAwait(false));
            var step = next is { } due && due <= target ? due : target;
            if (step > Now)
            {
                time.SetUtcNow(step.ToDateTimeOffset());
            }

            if (!await SettleAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            if (step >= target)
            {
                return true;
            }
        }
    }

    // Re-arming writes to Quartz's store; when that fails (a full disk) the clock still moves and the nudge fires the job.
    private async Task RearmAsync(CancellationToken cancellationToken)
    {
        try
        {
            await trigger.RearmAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (StoreFailures.Classify(ex) != StoreFailure.None)
        {
            LogRearmFailed(logger, ex, StoreFailures.Classify(ex));
        }
    }

    private static Instant? Earliest(Instant? a, Instant? b) => a is null ? b : b is null ? a : Instant.Min(a.Value, b.Value);

    // Real-time polling is right here: Quartz and the dispatcher run on their own threads, and the
    // console must not read its next line until they have finished what is due.
    private async Task<bool> SettleAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var nudged = TimeSpan.Zero;
        while (watch.Elapsed < SettleTimeout)
        {
            if (!await HasDueWorkAsync(cancellationToken).ConfigureAwait(false))
            {
                return true;
            }

            // On a real clock the sweep catches a wake-up Quartz or the dispatcher missed, and Quartz itself waits out
            // a store error before it tries again; a fake clock that stands still reaches neither, so the due work is
            // done here directly (the engine's transactions make a second processor harmless).
            if (watch.Elapsed - nudged > NudgeAfter)
            {
                nudged = watch.Elapsed;
                LogNudge(logger, Now);
                outbox.Notify();
                try
                {
                    await work.ProcessDueAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (StoreFailures.Classify(ex) != StoreFailure.None)
                {
                    LogRearmFailed(logger, ex, StoreFailures.Classify(ex));
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System, cancellationToken).ConfigureAwait(false);
        }

        return false;
    }

    private async Task<bool> HasDueWorkAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StudyBotDbContext>();
        if (await db.ScheduledWork.AnyAsync(w => w.Status == ScheduledWorkStatus.Pending && w.DueAt <= now, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        // Only entries some adapter here can deliver count, as the dispatcher sees them.
        return await dispatcher.NextDueAsync(cancellationToken).ConfigureAwait(false) is { } due && due <= now;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Simulated clock: the store failed ({Failure}) while moving the clock; moving on")]
    private static partial void LogRearmFailed(ILogger logger, Exception exception, StoreFailure failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Simulated clock at {Now}: due work had not started after a while; doing the due work directly and waking the dispatcher")]
    private static partial void LogNudge(ILogger logger, Instant now);
}
