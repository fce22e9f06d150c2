using NodaTime;
using StudyBot.Core;
using StudyBot.Core.Messaging;

namespace StudyBot.Host.ConsoleAdapter;

/// <summary>
/// Prints bot-initiated messages as <c>[#channel] ...</c> or <c>[DM @user] ...</c>. A terminal cannot be asked what
/// it showed, so a message in doubt after a crash is printed again: at most that one line per destination repeats.
/// </summary>
public sealed class ConsoleChatSender(ConsoleOutput console, ConsoleSession session) : IChatSender
{
    /// <inheritdoc />
    public Platform Platform => Platform.Console;

    /// <inheritdoc />
    public Task SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var prefix = message.DirectUserId is { } user ? $"[DM @{user}] " : $"[#{message.ChannelId}] ";
        session.Remember(message.Content);
        console.WriteLines(ConsoleRenderer.Render(message.Content, prefix));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<DeliveryCheck> CheckDeliveredAsync(OutboundMessage message, Instant claimedAt, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryCheck.NotDelivered);
}
