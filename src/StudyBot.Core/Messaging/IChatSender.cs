using NodaTime;

namespace StudyBot.Core.Messaging;

/// <summary>The port through which the outbox dispatcher delivers messages; one per platform adapter.</summary>
public interface IChatSender
{
    /// <summary>The platform this sender delivers to.</summary>
    Platform Platform { get; }

    /// <summary>
    /// Delivers one message. Throws <see cref="ChatSendException"/> when delivery failed; its
    /// <see cref="ChatSendException.IsPermanent"/> tells the dispatcher not to retry, and
    /// <see cref="ChatSendException.MayHaveBeenDelivered"/> to check the platform before it does.
    /// </summary>
    /// <returns>Where the message landed, or null when the platform gives no handle (a Slack ephemeral post).</returns>
    Task<SentMessage?> SendAsync(OutboundMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the text, fields and buttons of the message at <paramref name="target"/> with
    /// <paramref name="message"/>'s content. Updates are idempotent, so one in doubt is simply done again. Throws
    /// <see cref="ChatSendException"/> like <see cref="SendAsync"/>.
    /// </summary>
    Task UpdateAsync(SentMessage target, OutboundMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Whether a message claimed at <paramref name="claimedAt"/> reached the platform, after a crash or an unclear
    /// answer left it in doubt. Throws <see cref="ChatSendException"/> when the platform cannot be asked now.
    /// </summary>
    Task<DeliveryCheck> CheckDeliveredAsync(OutboundMessage message, Instant claimedAt, CancellationToken cancellationToken);
}
