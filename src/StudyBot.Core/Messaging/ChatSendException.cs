namespace StudyBot.Core.Messaging;

/// <summary>Delivery failed; transient failures are retried with backoff, permanent ones are not.</summary>
public sealed class ChatSendException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ChatSendException(string message, bool isPermanent, TimeSpan? retryAfter = null, Exception? inner = null, bool mayHaveBeenDelivered = false)
        : base(message, inner)
    {
        IsPermanent = isPermanent;
        RetryAfter = retryAfter;
        MayHaveBeenDelivered = mayHaveBeenDelivered;
    }

    /// <summary>Creates a transient failure.</summary>
    public ChatSendException()
        : this("Delivery failed.", isPermanent: false)
    {
    }

    /// <summary>Creates a transient failure with a message.</summary>
    public ChatSendException(string message)
        : this(message, isPermanent: false)
    {
    }

    /// <summary>Creates a transient failure with a message and cause.</summary>
    public ChatSendException(string message, Exception innerException)
        : this(message, isPermanent: false, null, innerException)
    {
    }

    /// <summary>True for failures a retry cannot fix (unknown channel, missing permission).</summary>
    public bool IsPermanent { get; }

    /// <summary>How long the platform asked us to wait, when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// The platform may have taken the message although the call failed (a timeout, a 5xx after the request was
    /// sent): the dispatcher checks the platform before sending it again.
    /// </summary>
    public bool MayHaveBeenDelivered { get; }
}
