using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using NodaTime;
using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Discord.Polls;
using StudyBot.Discord.Rendering;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Sending;

/// <summary>
/// Delivers outbox messages to Discord channels and DMs (opening the DM channel first), with a nonce
/// so a repeated delivery posts once. Failures become <see cref="ChatSendException"/>, permanent when
/// Discord refused the request itself.
/// </summary>
internal sealed partial class DiscordChatSender(DiscordApi api, IPollMessageMap polls, ILogger<DiscordChatSender> logger) : IChatSender
{
    private readonly ConcurrentDictionary<string, string> _dmChannels = new(StringComparer.Ordinal);

    public Platform Platform => Platform.Discord;

    public async Task SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            var channelId = message.DirectUserId is { } user
                ? await DmChannelAsync(user, cancellationToken).ConfigureAwait(false)
                : message.ChannelId ?? throw new ChatSendException("The message names neither a channel nor a user.", isPermanent: true);
            if (message.Content.Form is not null)
            {
                LogFormDropped(logger, message.IdempotencyKey);
            }

            var rendered = MessageRenderer.Render(message.Content, forInteraction: false);
            rendered.Body["nonce"] = Nonce.From(message.IdempotencyKey);
            rendered.Body["enforce_nonce"] = true;
            var messageId = await api.CreateMessageAsync(channelId, rendered.Body, rendered.Files, cancellationToken).ConfigureAwait(false);
            if (rendered.NativePollId is { } pollId && messageId is not null)
            {
                await polls.RememberAsync(messageId, pollId, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DiscordApiException ex)
        {
            var permanent = !ex.IsTransient && ex.Status is not HttpStatusCode.TooManyRequests;
            throw new ChatSendException($"Discord did not take the message: {ex.Message}", permanent, ex.RetryAfter, ex);
        }
    }

    /// <summary>
    /// Discord cannot be searched by nonce, but with <c>enforce_nonce</c> it answers a repeated send with the message it
    /// already has, so a message in doubt is simply sent again. Discord remembers nonces for a few minutes: a message
    /// left in doubt by a crash is checked as soon as StudyBot is back, well inside that.
    /// </summary>
    public Task<DeliveryCheck> CheckDeliveredAsync(OutboundMessage message, Instant claimedAt, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryCheck.ResendIsSafe);

    private async Task<string> DmChannelAsync(string userId, CancellationToken cancellationToken)
    {
        if (_dmChannels.TryGetValue(userId, out var known))
        {
            return known;
        }

        var channel = await api.CreateDmChannelAsync(userId, cancellationToken).ConfigureAwait(false);
        _dmChannels[userId] = channel;
        return channel;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Key} asks for a form, which only an interaction can open; sending its text only")]
    private static partial void LogFormDropped(ILogger logger, string key);
}
