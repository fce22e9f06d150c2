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

    /// <summary>
    /// Claimed by a dispatcher, which is talking to the platform now. Left in this state by a crash, the entry is
    /// in doubt: the platform may or may not have it, and it is checked before it is sent again.
    /// </summary>
    InFlight = 4,
}
