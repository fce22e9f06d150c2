using NodaTime;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Application.Checkins;

/// <summary>Collects a batch's prompts, nudges and digests and queues them in one go, in the batch's unit of work.</summary>
public sealed class CheckinOutbox(Outbox outbox, AfterCommit afterCommit, IBackgroundWork signals)
{
    private readonly List<(OutboundMessage Message, Instant? ExpiresAt)> _pending = [];

    /// <summary>Adds a message, to be dropped undelivered after <paramref name="expiresAt"/>.</summary>
    public void Add(OutboundMessage message, Instant? expiresAt) => _pending.Add((message, expiresAt));

    /// <summary>Queues what was added; the dispatcher is woken once the unit of work commits.</summary>
    public async Task SendAsync(Instant now, CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var queued = await outbox.EnqueueManyAsync(_pending.ToList(), now, cancellationToken).ConfigureAwait(false);
        _pending.Clear();
        if (queued > 0)
        {
            afterCommit.AddOnce(signals.OutboxChanged);
        }
    }
}
