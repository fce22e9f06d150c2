using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Scheduling.Delivery;

/// <summary>
/// Delivers due outbox entries through the adapters' senders: in id order, several at a time,
/// retrying transient failures with exponential backoff and dropping entries that expired.
/// An entry is marked sent only after its sender returned, so a crash can repeat a send but never lose
/// one; adapters pass the idempotency key to the platform (Discord's nonce) to absorb that repeat.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<IChatSender> senders,
    TimeProvider time,
    OutboxOptions options,
    ILogger<OutboxDispatcher> logger)
{
    private readonly Dictionary<Platform, IChatSender> _senders = senders.GroupBy(s => s.Platform).ToDictionary(g => g.Key, g => g.Last());

    /// <summary>Delivers every entry due now; returns how many entries were settled (sent, dropped or failed).</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var settled = 0;
        while (true)
        {
            var round = await DispatchBatchAsync(cancellationToken).ConfigureAwait(false);
            settled += round.Settled;
            if (round.Read < options.BatchSize)
            {
                return settled;
            }
        }
    }

    /// <summary>The earliest instant a pending entry becomes due, or null when none is pending.</summary>
    public async Task<Instant?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StudyBotDbContext>();
        var platforms = _senders.Keys.ToList();
        var next = await db.Outbox.Where(o => o.Status == OutboxStatus.Pending && platforms.Contains(o.Platform))
            .OrderBy(o => o.NextAttemptAt).Select(o => (Instant?)o.NextAttemptAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return next;
    }

    private async Task<(int Read, int Settled)> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StudyBotDbContext>();
        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        var platforms = _senders.Keys.ToList();
        // An entry waits while an older one to the same destination is backing off, so order holds.
        var due = await db.Outbox
            .Where(o => o.Status == OutboxStatus.Pending && o.NextAttemptAt <= now && platforms.Contains(o.Platform))
            .Where(o => !db.Outbox.Any(older => older.Status == OutboxStatus.Pending && older.Id < o.Id && older.NextAttemptAt > now
                && older.Platform == o.Platform && older.WorkspaceExternalId == o.WorkspaceExternalId
                && older.ChannelId == o.ChannelId && older.DirectUserId == o.DirectUserId))
            .OrderBy(o => o.Id)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (due.Count == 0)
        {
            return (0, 0);
        }

        // Each destination gets its messages in order; different destinations are served in parallel.
        var settled = 0;
        var destinations = due.GroupBy(o => (o.Platform, o.WorkspaceExternalId, o.ChannelId, o.DirectUserId));
        await Parallel.ForEachAsync(
            destinations,
            new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken },
            async (destination, ct) =>
            {
                foreach (var entry in destination)
                {
                    if (!await DeliverAsync(entry, now, ct).ConfigureAwait(false))
                    {
                        return; // keep the order: later messages wait for the retried one
                    }

                    Interlocked.Increment(ref settled);
                }
            }).ConfigureAwait(false);

        // Statuses are saved after the round; entries of a crashed round are sent again (at least once).
        await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        return (due.Count, settled);
    }

    private async Task<bool> DeliverAsync(OutboxEntry entry, Instant now, CancellationToken cancellationToken)
    {
        if (entry.ExpiresAt is { } expires && now >= expires)
        {
            entry.MarkDropped(now, "expired before delivery");
            LogDropped(logger, entry.IdempotencyKey);
            return true;
        }

        var message = new OutboundMessage(entry.Platform, entry.WorkspaceExternalId, entry.ChannelId, entry.DirectUserId, ReplySerializer.Deserialize(entry.Payload), entry.IdempotencyKey);
        try
        {
            await _senders[entry.Platform].SendAsync(message, cancellationToken).ConfigureAwait(false);
            entry.MarkSent(now);
            return true;
        }
        catch (ChatSendException ex) when (ex.IsPermanent || entry.Attempts + 1 >= options.MaxAttempts)
        {
            entry.MarkFailed(now, ex.Message);
            LogFailed(logger, entry.IdempotencyKey, entry.Attempts, ex.Message);
            return true;
        }
        catch (ChatSendException ex)
        {
            var delay = ex.RetryAfter ?? Backoff(entry.Attempts);
            entry.ScheduleRetry(now + Duration.FromTimeSpan(delay), ex.Message);
            LogRetry(logger, entry.IdempotencyKey, entry.Attempts, delay);
            return false;
        }
    }

    private TimeSpan Backoff(int attempts)
    {
        var factor = Math.Pow(2, Math.Min(attempts, 16));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.FirstRetryDelay.Ticks * factor, options.MaxRetryDelay.Ticks));
        return delay;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox entry {Key} expired before delivery; dropped")]
    private static partial void LogDropped(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Key} failed permanently after {Attempts} attempt(s): {Error}")]
    private static partial void LogFailed(ILogger logger, string key, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox entry {Key} failed (attempt {Attempts}); retrying in {Delay}")]
    private static partial void LogRetry(ILogger logger, string key, int attempts, TimeSpan delay);
}
