namespace StudyBot.Core.Messaging;

/// <summary>The life of an outbox entry.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting to be delivered (possibly after a backoff).</summary>
    Pending = 0,

    /// <summary>Delivered.</summary>
    Sent = 1,

    /// <summary>Expired before it could be delivered.</summary>
    Dropped = 2,

    /// <summary>Failed permanently (unknown channel, missing permission, too many attempts).</summary>
    Failed = 3,
}
