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
    public async Task<SentMessage?> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await PrintAsync(message, string.Empty, cancellationToken).ConfigureAwait(false);
        var where = message.DirectUserId is { } user ? $"dm:{user}" : message.ChannelId ?? string.Empty;
        var id = Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
        return new SentMessage(where, id);
    }

    /// <inheritdoc />
    public Task UpdateAsync(SentMessage target, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return PrintAsync(message, "(updated) ", cancellationToken);
    }

    /// <inheritdoc />
    public Task<DeliveryCheck> CheckDeliveredAsync(OutboundMessage message, Instant claimedAt, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryCheck.NotDelivered);

    // Whoever sits at the console reads it, so its times are shown in their zone too.
    private async Task PrintAsync(OutboundMessage message, string mark, CancellationToken cancellationToken)
    {
        var prefix = message.DirectUserId is { } user ? $"[DM @{user}] " : $"[#{message.ChannelId}] ";
        session.Remember(message.Content);
        console.WriteLines(ConsoleRenderer.Render(message.Content, prefix + mark, await session.ViewerZoneAsync(cancellationToken).ConfigureAwait(false)));
    }
}
