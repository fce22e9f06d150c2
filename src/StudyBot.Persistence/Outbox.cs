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

        db.Outbox.Add(new OutboxEntry(key, message.Platform, message.WorkspaceExternalId, message.ChannelId, message.DirectUserId, ReplySerializer.Serialize(message.Content), now, expiresAt));
        return true;
    }
}
