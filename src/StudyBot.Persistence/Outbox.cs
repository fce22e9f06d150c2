using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Core.Messaging;

namespace StudyBot.Persistence;

/// <summary>
/// Queues bot-initiated messages in the caller's unit of work, so a message exists exactly when the
/// state change that caused it was committed. Delivery is the dispatcher's job.
/// </summary>
public sealed class Outbox(StudyBotDbContext db)
{
    /// <summary>Queues a message unless one with the same idempotency key exists; returns whether it was queued.</summary>
    public async Task<bool> EnqueueAsync(OutboundMessage message, Instant now, Instant? expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var key = message.IdempotencyKey;
        if (db.Outbox.Local.Any(o => o.IdempotencyKey == key)
            || await db.Outbox.AnyAsync(o => o.IdempotencyKey == key, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        db.Outbox.Add(ToEntry(message, now, expiresAt));
        return true;
    }

    /// <summary>Queues many messages with one look-up of existing keys; returns how many were new.</summary>
    public async Task<int> EnqueueManyAsync(IReadOnlyList<(OutboundMessage Message, Instant? ExpiresAt)> messages, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var keys = messages.Select(m => m.Message.IdempotencyKey).ToList();
        var taken = (await db.Outbox.Where(o => keys.Contains(o.IdempotencyKey)).Select(o => o.IdempotencyKey).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Concat(db.Outbox.Local.Select(o => o.IdempotencyKey))
            .ToHashSet(StringComparer.Ordinal);
        var queued = 0;
        foreach (var (message, expiresAt) in messages)
        {
            if (taken.Add(message.IdempotencyKey))
            {
                db.Outbox.Add(ToEntry(message, now, expiresAt));
                queued++;
            }
        }

        return queued;
    }

    /// <summary>Whether a message with this idempotency key was queued, in the store or in this unit of work.</summary>
    public async Task<bool> HasAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        db.Outbox.Local.Any(o => o.IdempotencyKey == idempotencyKey)
        || await db.Outbox.AnyAsync(o => o.IdempotencyKey == idempotencyKey, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// How many edits of the message queued under <paramref name="editsKey"/> were queued so far: the next edit's number,
    /// for a key of its own when nothing else numbers the revisions.
    /// </summary>
    public async Task<int> CountEditsAsync(string editsKey, CancellationToken cancellationToken)
    {
        var stored = await db.Outbox.CountAsync(o => o.EditsKey == editsKey, cancellationToken).ConfigureAwait(false);
        return stored + db.ChangeTracker.Entries<OutboxEntry>().Count(e => e.State == EntityState.Added && e.Entity.EditsKey == editsKey);
    }

    private static OutboxEntry ToEntry(OutboundMessage message, Instant now, Instant? expiresAt) =>
        new(message.IdempotencyKey, message.Platform, message.WorkspaceExternalId, message.ChannelId, message.DirectUserId, ReplySerializer.Serialize(message.Content), now, expiresAt, message.EditsKey);
}
