using NodaTime;

namespace StudyBot.Core.Messaging;

/// <summary>
/// A bot-initiated message waiting in the durable outbox. It is written in the same transaction as
/// the state that caused it; the unique <see cref="IdempotencyKey"/> keeps a retried cause from queueing it
/// twice. A dispatcher claims it (saved) before the platform call and records the answer right after, so a
/// crash leaves at most this one message in doubt, and it is checked on the platform before any resend.
/// </summary>
public sealed class OutboxEntry
{
    /// <summary>Creates a pending entry; with <paramref name="editsKey"/>, one that edits the entry with that key.</summary>
    public OutboxEntry(string idempotencyKey, Platform platform, string workspaceExternalId, string? channelId, string? directUserId, string payload, Instant createdAt, Instant? expiresAt, string? editsKey = null)
    {
        IdempotencyKey = idempotencyKey;
        EditsKey = editsKey;
        Platform = platform;
        WorkspaceExternalId = workspaceExternalId;
        ChannelId = channelId;
        DirectUserId = directUserId;
        Payload = payload;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
        ExpiresAt = expiresAt;
    }

    /// <summary>Store key; also the delivery order among entries due at once.</summary>
    public long Id { get; private set; }

    /// <summary>(cause, kind, recipient): unique, so the same message is never queued twice.</summary>
    public string IdempotencyKey { get; private set; }

    /// <summary>
    /// When set, the idempotency key of an earlier entry whose delivered message this one replaces (a poll's live tally);
    /// it is delivered as an update of that message, never as a new post.
    /// </summary>
    public string? EditsKey { get; private set; }

    /// <summary>Which adapter delivers it.</summary>
    public Platform Platform { get; private set; }

    /// <summary>Guild id, team id, or <c>console</c>.</summary>
    public string WorkspaceExternalId { get; private set; }

    /// <summary>Target channel, or null for a direct message.</summary>
    public string? ChannelId { get; private set; }

    /// <summary>Target user of a direct message.</summary>
    public string? DirectUserId { get; private set; }

    /// <summary>The serialized <see cref="Reply"/>.</summary>
    public string Payload { get; private set; }

    /// <summary>When it was queued.</summary>
    public Instant CreatedAt { get; private set; }

    /// <summary>After this it is useless (a reminder once the meeting began) and is dropped instead of sent.</summary>
    public Instant? ExpiresAt { get; private set; }

    /// <summary>Where the entry is in its life.</summary>
    public OutboxStatus Status { get; private set; }

    /// <summary>Delivery attempts so far.</summary>
    public int Attempts { get; private set; }

    /// <summary>Not before this instant (backoff after a failure).</summary>
    public Instant NextAttemptAt { get; private set; }

    /// <summary>When it was delivered, dropped or given up.</summary>
    public Instant? CompletedAt { get; private set; }

    /// <summary>Why the last attempt failed, without secrets.</summary>
    public string? LastError { get; private set; }

    /// <summary>Which dispatcher claimed it (<c>instance/process</c>), while <see cref="OutboxStatus.InFlight"/>.</summary>
    public string? ClaimedBy { get; private set; }

    /// <summary>When it was claimed; a platform that can be searched is searched from here when the entry is in doubt.</summary>
    public Instant? ClaimedAt { get; private set; }

    /// <summary>Until when the claim holds; after that another dispatcher may take the entry over, in doubt.</summary>
    public Instant? LeaseUntil { get; private set; }

    /// <summary>True once the entry was claimed at least once before this claim, so it may already be on the platform.</summary>
    public bool InDoubt { get; private set; }

    /// <summary>The channel the delivered message landed in (see <see cref="SentMessage"/>), when the platform said.</summary>
    public string? SentChannelId { get; private set; }

    /// <summary>The delivered message's id on the platform, when the platform said; edits of this entry need it.</summary>
    public string? SentMessageId { get; private set; }

    /// <summary>Claims the entry for <paramref name="owner"/> until <paramref name="leaseUntil"/>; a claim taken over from a dead or stuck owner is in doubt.</summary>
    public void Claim(string owner, Instant now, Instant leaseUntil)
    {
        InDoubt = Status == OutboxStatus.InFlight;
        Status = OutboxStatus.InFlight;
        ClaimedBy = owner;
        ClaimedAt = InDoubt ? ClaimedAt ?? now : now;
        LeaseUntil = leaseUntil;
    }

    /// <summary>
    /// The platform may or may not have taken it (it did not answer clearly): the entry stays claimed but in doubt,
    /// and is checked again at <paramref name="checkAt"/>.
    /// </summary>
    public void MarkInDoubt(Instant checkAt, string error)
    {
        Attempts++;
        InDoubt = true;
        LeaseUntil = checkAt;
        LastError = error;
    }

    /// <summary>Delivered; <paramref name="landed"/> is where, when the platform said (edits are applied there).</summary>
    public void MarkSent(Instant now, SentMessage? landed)
    {
        Status = OutboxStatus.Sent;
        SentChannelId = landed?.ChannelId;
        SentMessageId = landed?.MessageId;
        Attempts++;
        CompletedAt = now;
        Release();
    }

    /// <summary>Found on the platform after a crash or an unclear answer: delivered earlier, not sent again.</summary>
    public void MarkFoundDelivered(Instant now)
    {
        Status = OutboxStatus.Sent;
        CompletedAt = now;
        Release();
    }

    /// <summary>Too late to be useful.</summary>
    public void MarkDropped(Instant now, string reason)
    {
        Status = OutboxStatus.Dropped;
        CompletedAt = now;
        LastError = reason;
        Release();
    }

    /// <summary>A failure a retry cannot fix.</summary>
    public void MarkFailed(Instant now, string error)
    {
        Status = OutboxStatus.Failed;
        Attempts++;
        CompletedAt = now;
        LastError = error;
        Release();
    }

    /// <summary>A transient failure: try again at <paramref name="retryAt"/>.</summary>
    public void ScheduleRetry(Instant retryAt, string error)
    {
        Attempts++;
        NextAttemptAt = retryAt;
        LastError = error;
        Status = OutboxStatus.Pending;
        Release();
    }

    // The platform answered clearly, so nothing about this entry is in doubt any more.
    private void Release()
    {
        ClaimedBy = null;
        LeaseUntil = null;
        InDoubt = false;
    }
}
