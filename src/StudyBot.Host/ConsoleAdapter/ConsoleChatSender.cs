using System.Globalization;
using NodaTime;
using StudyBot.Core;
using StudyBot.Core.Messaging;

namespace StudyBot.Host.ConsoleAdapter;

/// <summary>
/// Prints bot-initiated messages as <c>[#channel] ...</c> or <c>[DM @user] ...</c>, and edits of them as
/// <c>[#channel] (updated) ...</c>. A terminal cannot be asked what it showed, so a message in doubt after a crash is
/// printed again: at most that one line per destination repeats.
/// </summary>
public sealed class ConsoleChatSender(ConsoleOutput console, ConsoleSession session) : IChatSender
{
    private long _sequence;

    /// <inheritdoc />
    public Platform Platform => Platform.Console;

    /// <inheritdoc />
    public Task<SentMessage?> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Print(message, string.Empty);
        var where = message.DirectUserId is { } user ? $"dm:{user}" : message.ChannelId ?? string.Empty;
        var id = Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
        return Task.FromResult<SentMessage?>(new SentMessage(where, id));
    }

    /// <inheritdoc />
    public Task UpdateAsync(SentMessage target, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Print(message, "(updated) ");
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<DeliveryCheck> CheckDeliveredAsync(OutboundMessage message, Instant claimedAt, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryCheck.NotDelivered);

    private void Print(OutboundMessage message, string mark)
    {
        var prefix = message.DirectUserId is { } user ? $"[DM @{user}] " : $"[#{message.ChannelId}] ";
        session.Remember(message.Content);
        console.WriteLines(ConsoleRenderer.Render(message.Content, prefix + mark));
    }
}
