using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Scheduling.Delivery;

/// <summary>
/// Delivers due outbox entries through the adapters' senders, exactly once where the platform allows it.
/// Each round claims the oldest unsettled entry of up to <see cref="OutboxOptions.BatchSize"/> destinations
/// (saved, with a lease, before any platform call), sends them in parallel, and records each answer as soon
/// as it comes. So a crash leaves at most one message per destination in doubt, and an entry in doubt is
/// checked on the platform (<see cref="IChatSender.CheckDeliveredAsync"/>) before it is sent again. Order per
/// destination holds: an entry waits while an older one to the same place is backing off or in flight.
/// An edit (<see cref="OutboundMessage.EditsKey"/>) updates the message its original landed as
/// (<see cref="IChatSender.UpdateAsync"/>); only the newest of several waiting edits of one message is applied.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<IChatSender> senders,
    TimeProvider time,
    OutboxOptions options,
    ILogger<OutboxDispatcher> logger)
{
    private readonly Dictionary<Platform, IChatSender> _senders = senders.GroupBy(s => s.Platform).ToDictionary(g => g.Key, g => g.Last());

    // Outcomes the store could not take yet (a full disk, a lock): recorded before anything else is claimed.
    private readonly ConcurrentQueue<DeliveryOutcome> _unrecorded = new();

    /// <summary>This process: the instance name says which earlier claims were this instance's (now dead), the rest that they were not this process's.</summary>
    public string Owner { get; } = $"{options.InstanceName}/{Guid.NewGuid():N}";

    private string InstancePrefix => options.InstanceName + "/";

    /// <summary>Delivers every entry due now; returns how many entries were settled (sent, dropped or failed).</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        await RecordAsync([], cancellationToken).ConfigureAwait(false);
        var settled = 0;
        while (true)
        {
            var (claimed, dropped) = await ClaimAsync(cancellationToken).ConfigureAwait(false);
            settled += dropped;
            if (claimed.Count == 0)
            {
                if (dropped > 0)
                {
                    // A dropped head (expired, or an edit superseded by a newer one) lets the next in its queue go now.
                    continue;
                }

                return settled;
            }

            settled += await DeliverAsync(claimed, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The earliest instant an entry needs this dispatcher (due, retry, or a check of one in doubt); null when none does.</summary>
    public async Task<Instant?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StudyBotDbContext>();
        var platforms = _senders.Keys.ToList();
        var pending = await db.Outbox.Where(o => o.Status == OutboxStatus.Pending && platforms.Contains(o.Platform))
            .OrderBy(o => o.NextAttemptAt).Select(o => (Instant?)o.NextAttemptAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var inFlight = await db.Outbox.Where(o => o.Status == OutboxStatus.InFlight && platforms.Contains(o.Platform))
            .Select(o => new { o.ClaimedBy, o.ClaimedAt, o.LeaseUntil, o.InDoubt }).ToListAsync(cancellationToken).ConfigureAwait(false);

        // A message this process is sending now counts as due until its answer is recorded (a simulated clock
        // must not move on meanwhile); one left by this instance's earlier life is due at once; others when their claim runs out.
        var checks = inFlight.Select(o => (o.ClaimedBy == Owner && !o.InDoubt) || IsAbandonedByThisInstance(o.ClaimedBy) ? o.ClaimedAt : o.LeaseUntil);
        return checks.Append(pending).Where(at => at is not null).Min();
    }

    private bool IsAbandonedByThisInstance(string? owner) =>
        owner is not null && owner.StartsWith(InstancePrefix, StringComparison.Ordinal) && owner != Owner;

    /// <summary>One transaction: claims the entries in doubt, then the head of each destination's queue; drops what expired.</summary>
    private async Task<(List<ClaimedMessage> Claimed, int Dropped)> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StudyBotDbContext>();
        var now = time.Now();
        var platforms = _senders.Keys.ToList();
        var prefix = InstancePrefix;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // In doubt: claimed by this instance before it restarted, or by anyone whose claim ran out.
        var inDoubt = await db.Outbox
            .Where(o => o.Status == OutboxStatus.InFlight && platforms.Contains(o.Platform)
                && (o.LeaseUntil <= now || (o.ClaimedBy!.StartsWith(prefix) && o.ClaimedBy != Owner)))
            .OrderBy(o => o.Id).Take(options.BatchSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // The head of each destination's queue: nothing older to the same place is pending or in flight.
        var heads = await db.Outbox
            .Where(o => o.Status == OutboxStatus.Pending && o.NextAttemptAt <= now && platforms.Contains(o.Platform))
            .Where(o => !db.Outbox.Any(older => older.Id < o.Id
                && (older.Status == OutboxStatus.Pending || older.Status == OutboxStatus.InFlight)
                && older.Platform == o.Platform && older.WorkspaceExternalId == o.WorkspaceExternalId
                && older.ChannelId == o.ChannelId && older.DirectUserId == o.DirectUserId))
            .OrderBy(o => o.Id).Take(Math.Max(0, options.BatchSize - inDoubt.Count))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var candidates = inDoubt.Concat(heads).ToList();
        var edits = await EditTargets.LoadAsync(db, candidates, cancellationToken).ConfigureAwait(false);
        var claimed = new List<ClaimedMessage>();
        var dropped = 0;
        foreach (var entry in candidates)
        {
            if (entry.ExpiresAt is { } expires && now >= expires)
            {
                entry.MarkDropped(now, entry.Status == OutboxStatus.InFlight ? "expired while in doubt; not sent again" : "expired before delivery");
                LogDropped(logger, entry.IdempotencyKey);
                dropped++;
                continue;
            }

            SentMessage? target = null;
            if (entry.EditsKey is { } editsKey)
            {
                var edit = edits.Decide(entry);
                if (edit.DropReason is { } reason)
                {
                    entry.MarkDropped(now, reason);
                    LogEditDropped(logger, entry.IdempotencyKey, reason);
                    dropped++;
                    continue;
                }

                if (edit.Target is null)
                {
                    LogEditWaits(logger, entry.IdempotencyKey, editsKey);
                    continue;
                }

                target = edit.Target;
            }

            entry.Claim(Owner, now, now + Duration.FromTimeSpan(options.ClaimLease));
            var message = new OutboundMessage(entry.Platform, entry.WorkspaceExternalId, entry.ChannelId, entry.DirectUserId, ReplySerializer.Deserialize(entry.Payload), entry.IdempotencyKey, entry.EditsKey);
            claimed.Add(new ClaimedMessage(entry.Id, message, entry.InDoubt, entry.ClaimedAt!.Value, entry.Attempts, target));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (claimed, dropped);
    }

    /// <summary>Sends the claimed entries in parallel (one per destination) and records each answer as it comes.</summary>
    private async Task<int> DeliverAsync(List<ClaimedMessage> claimed, CancellationToken cancellationToken)
    {
        var answers = Channel.CreateUnbounded<DeliveryOutcome>();
        var recording = RecordAnswersAsync(answers.Reader);
        try
        {
            await Parallel.ForEachAsync(
                claimed,
                new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken },
                async (entry, ct) => answers.Writer.TryWrite(await AttemptAsync(entry, ct).ConfigureAwait(false))).ConfigureAwait(false);
        }
        finally
        {
            // Even when stopping, every answer already in is recorded before this returns.
            answers.Writer.TryComplete();
            await recording.ConfigureAwait(false);
        }

        return recording.Result;
    }

    private async Task<DeliveryOutcome> AttemptAsync(ClaimedMessage entry, CancellationToken cancellationToken)
    {
        var sender = _senders[entry.Message.Platform];
        var key = entry.Message.IdempotencyKey;

        // The platform call may not outlast the claim, or another dispatcher could take the entry over meanwhile.
        using var leaseEnds = new CancellationTokenSource(options.ClaimLease - TimeSpan.FromSeconds(10), time);
        using var lease = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, leaseEnds.Token);
        try
        {
            if (entry.EditTarget is { } target)
            {
                // An update replaces content: one in doubt is simply done again, no check needed.
                await sender.UpdateAsync(target, entry.Message, lease.Token).ConfigureAwait(false);
                return new DeliveryOutcome.Sent(entry.Id, null);
            }

            if (entry.InDoubt)
            {
                var check = await sender.CheckDeliveredAsync(entry.Message, entry.ClaimedAt, lease.Token).ConfigureAwait(false);
                LogChecked(logger, key, check);
                if (check == DeliveryCheck.Delivered)
                {
                    return new DeliveryOutcome.FoundDelivered(entry.Id);
                }
            }

            var landed = await sender.SendAsync(entry.Message, lease.Token).ConfigureAwait(false);
            return new DeliveryOutcome.Sent(entry.Id, landed);
        }
        catch (ChatSendException ex) when (ex.MayHaveBeenDelivered)
        {
            LogInDoubt(logger, key, ex.Message);
            return new DeliveryOutcome.InDoubt(entry.Id, time.Now() + Duration.FromTimeSpan(Backoff(entry.Attempts)), ex.Message);
        }
        catch (ChatSendException ex) when (ex.IsPermanent || entry.Attempts + 1 >= options.MaxAttempts)
        {
            LogFailed(logger, key, entry.Attempts + 1, ex.Message);
            return new DeliveryOutcome.Failed(entry.Id, ex.Message);
        }
        catch (ChatSendException ex)
        {
            var delay = ex.RetryAfter is { } after && after > TimeSpan.Zero ? after : Backoff(entry.Attempts);
            LogRetry(logger, key, entry.Attempts + 1, delay);
            return new DeliveryOutcome.Retry(entry.Id, time.Now() + Duration.FromTimeSpan(delay), ex.Message);
        }
#pragma warning disable CA1031 // Stopping, a call past its lease, or a sender's bug: nobody knows whether it landed, so check before sending again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogUnclear(logger, ex, key);
            return new DeliveryOutcome.InDoubt(entry.Id, time.Now(), ex.GetType().Name);
        }
    }

    // Records answers while sends are still going, so each is saved right after its platform answered;
    // whatever the store will not take now is kept and recorded before the next claim.
    private async Task<int> RecordAnswersAsync(ChannelReader<DeliveryOutcome> answers)
    {
        var settled = 0;
        while (await answers.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            var batch = new List<DeliveryOutcome>();
            while (batch.Count < 500 && answers.TryRead(out var answer))
            {
                batch.Add(answer);
            }

            try
            {
                settled += await RecordAsync(batch, CancellationToken.None).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // RecordAsync kept the answers; they are recorded first on the next round.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogRecordFailed(logger, ex, batch.Count);
            }
        }

        return settled;
    }

    private async Task<int> RecordAsync(List<DeliveryOutcome> batch, CancellationToken cancellationToken)
    {
        while (_unrecorded.TryDequeue(out var earlier))
        {
            batch.Insert(0, earlier);
        }

        if (batch.Count == 0)
        {
            return 0;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<StudyBotDbContext>();
            var ids = batch.Select(o => o.Id).ToList();

            // Only claims this process still holds: one taken over by another dispatcher is theirs to record.
            var entries = await db.Outbox.Where(o => ids.Contains(o.Id) && o.Status == OutboxStatus.InFlight && o.ClaimedBy == Owner)
                .ToDictionaryAsync(o => o.Id, cancellationToken).ConfigureAwait(false);
            var now = time.Now();
            foreach (var outcome in batch.Where(o => entries.ContainsKey(o.Id)))
            {
                outcome.ApplyTo(entries[outcome.Id], now);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return batch.Count(o => o is DeliveryOutcome.Sent or DeliveryOutcome.FoundDelivered or DeliveryOutcome.Failed);
        }
        catch
        {
            batch.ForEach(_unrecorded.Enqueue);
            throw;
        }
    }

    private TimeSpan Backoff(int attempts)
    {
        var factor = Math.Pow(2, Math.Min(attempts, 16));
        return TimeSpan.FromTicks((long)Math.Min(options.FirstRetryDelay.Ticks * factor, options.MaxRetryDelay.Ticks));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox entry {Key} expired before delivery; dropped")]
    private static partial void LogDropped(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox edit {Key} dropped: {Reason}")]
    private static partial void LogEditDropped(ILogger logger, string key, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox edit {Key} waits until {EditsKey} is delivered")]
    private static partial void LogEditWaits(ILogger logger, string key, string editsKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Key} failed permanently after {Attempts} attempt(s): {Error}")]
    private static partial void LogFailed(ILogger logger, string key, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox entry {Key} failed (attempt {Attempts}); retrying in {Delay}")]
    private static partial void LogRetry(ILogger logger, string key, int attempts, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Key} may or may not have reached the platform ({Error}); it is checked before any resend")]
    private static partial void LogInDoubt(ILogger logger, string key, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending outbox entry {Key} ended without a clear answer; it is checked before any resend")]
    private static partial void LogUnclear(ILogger logger, Exception exception, string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox entry {Key} was in doubt; the platform says {Check}")]
    private static partial void LogChecked(ILogger logger, string key, DeliveryCheck check);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record {Count} delivery answer(s); they are kept and recorded before anything else is sent")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception, int count);
}
