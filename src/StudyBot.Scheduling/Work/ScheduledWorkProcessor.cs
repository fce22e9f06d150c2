using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using StudyBot.Application;
using StudyBot.Application.Work;
using StudyBot.Core.Time;
using StudyBot.Core.Work;
using StudyBot.Persistence;

namespace StudyBot.Scheduling.Work;

/// <summary>
/// Does the scheduled work that is due, in due order, one batch per transaction: the batch's items are
/// deleted in the same transaction in which their handlers store what they did, so every item is done
/// once or not at all. Consecutive items of one kind go to their handler together, so a burst of
/// reminders costs a few queries, not a few per reminder. A batch that fails is retried item by item,
/// so one bad item cannot hold up the rest; an item that keeps failing is given up and kept for reading.
/// </summary>
public sealed partial class ScheduledWorkProcessor(
    IServiceScopeFactory scopes,
    IEnumerable<ScheduledWorkRegistration> registrations,
    TimeProvider time,
    SchedulerOptions options,
    ILogger<ScheduledWorkProcessor> logger)
{
    private readonly Dictionary<string, Type> _handlers = registrations.ToDictionary(r => r.Kind, r => r.HandlerType, StringComparer.Ordinal);

    /// <summary>Does everything due now; returns how many items were done.</summary>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        var done = 0;
        while (true)
        {
            var read = new List<long>();
            try
            {
                await ProcessBatchAsync(null, read, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && read.Count == 1)
            {
                await SetAsideAsync(read[0], ex, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogBatchFailed(logger, ex);
                await ProcessOneByOneAsync(read, cancellationToken).ConfigureAwait(false);
            }

            if (read.Count == 0)
            {
                return done;
            }

            done += read.Count;
        }
    }

    /// <summary>The instant the next pending item falls due, or null when none is pending.</summary>
    public async Task<Instant?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StudyBotDbContext>();
        return await db.ScheduledWork.Where(w => w.Status == ScheduledWorkStatus.Pending)
            .OrderBy(w => w.DueAt).Select(w => (Instant?)w.DueAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One transaction over the next due items (or only <paramref name="onlyId"/>), whose ids go to <paramref name="read"/> first.</summary>
    private async Task ProcessBatchAsync(long? onlyId, List<long> read, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<StudyBotDbContext>();
        var now = time.Now();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var due = await Due(db, now, onlyId).ToListAsync(cancellationToken).ConfigureAwait(false);
        read.AddRange(due.Select(w => w.Id));
        if (due.Count == 0)
        {
            return;
        }

        foreach (var run in Runs(db, due))
        {
            if (!_handlers.TryGetValue(run[0].Kind, out var handlerType))
            {
                foreach (var orphan in run)
                {
                    orphan.Failed(now, $"No handler for work of kind '{orphan.Kind}'.", giveUp: true);
                    LogNoHandler(logger, orphan.Kind, orphan.Key);
                }

                continue;
            }

            db.ScheduledWork.RemoveRange(run);
            var handler = (IScheduledWorkHandler)services.GetRequiredService(handlerType);
            await handler.HandleAsync(run, now, cancellationToken).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        services.GetRequiredService<AfterCommit>().Run();
    }

    private IQueryable<ScheduledWork> Due(StudyBotDbContext db, Instant now, long? onlyId) =>
        db.ScheduledWork
            .Where(w => w.Status == ScheduledWorkStatus.Pending && w.DueAt <= now && (onlyId == null || w.Id == onlyId))
            .OrderBy(w => w.DueAt).ThenBy(w => w.Id)
            .Take(options.BatchSize);

    /// <summary>
    /// Consecutive items of one kind, in due order. Formed lazily: a handler may withdraw later items of the
    /// batch (an advance replans its series), and those must not run.
    /// </summary>
    private static IEnumerable<List<ScheduledWork>> Runs(StudyBotDbContext db, List<ScheduledWork> due)
    {
        var run = new List<ScheduledWork>();
        foreach (var item in due)
        {
            if (db.Entry(item).State is EntityState.Deleted or EntityState.Detached)
            {
                continue;
            }

            if (run.Count > 0 && run[0].Kind != item.Kind)
            {
                yield return run;
                run = [];
            }

            run.Add(item);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    // After a failed batch: each of its items alone, so the one that fails is found and set aside.
    private async Task ProcessOneByOneAsync(List<long> ids, CancellationToken cancellationToken)
    {
        foreach (var id in ids)
        {
            try
            {
                await ProcessBatchAsync(id, [], cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await SetAsideAsync(id, ex, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task SetAsideAsync(long id, Exception failure, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StudyBotDbContext>();
        var item = await db.ScheduledWork.FirstOrDefaultAsync(w => w.Id == id, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return;
        }

        var giveUp = item.Attempts + 1 >= options.MaxAttempts;
        var delay = options.RetryDelay * Math.Pow(2, Math.Min(item.Attempts, 10));
        item.Failed(time.Now() + Duration.FromTimeSpan(delay), $"{failure.GetType().Name}: {failure.Message}", giveUp);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (giveUp)
        {
            LogGaveUp(logger, failure, item.Kind, item.Key, item.Attempts);
        }
        else
        {
            LogRetrying(logger, failure, item.Kind, item.Key, item.Attempts, delay);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of scheduled work failed; trying its items one at a time")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled work {Kind} {Key} failed (attempt {Attempts}); trying again in {Delay}")]
    private static partial void LogRetrying(ILogger logger, Exception exception, string kind, string key, int attempts, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled work {Kind} {Key} failed {Attempts} times and is given up; it stays in the store, marked failed")]
    private static partial void LogGaveUp(ILogger logger, Exception exception, string kind, string key, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "No handler for scheduled work of kind {Kind} ({Key}); marked failed")]
    private static partial void LogNoHandler(ILogger logger, string kind, string key);
}
