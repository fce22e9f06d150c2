namespace StudyBot.Core.Messaging;

/// <summary>The port through which the outbox dispatcher delivers messages; one per platform adapter.</summary>
public interface IChatSender
{
    /// <summary>The platform this sender delivers to.</summary>
    Platform Platform { get; }

    /// <summary>
    /// Delivers one message. Throws <see cref="ChatSendException"/> when delivery failed; its
    /// <see cref="ChatSendException.IsPermanent"/> tells the dispatcher not to retry.
    /// </summary>
    Task SendAsync(OutboundMessage message, CancellationToken cancellationToken);
}
