using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using NodaTime;
using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Discord.Rendering;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Sending;

/// <summary>
/// Delivers outbox messages to Discord channels and DMs (opening the DM channel first), with a nonce
/// so a repeated delivery posts once, and edits them later. Failures become <see cref="ChatSendException"/>,
/// permanent when Discord refused the request itself.
/// </summary>
internal sealed partial class DiscordChatSender(DiscordApi api, ILogger<DiscordChatSender> logger) : IChatSender
{
    private const int PollExpired = 520001;
    private const int NotAPollMessage = 520006;

    private readonly ConcurrentDictionary<string, string> _dmChannels = new(StringComparer.Ordinal);

    public Platform Platform => Platform.Discord;

    public async Task<SentMessage?> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
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
            return messageId is null ? null : new SentMessage(channelId, messageId);
        }
        catch (DiscordApiException ex)
        {
            throw Failure("Discord did not take the message", ex);
        }
    }

    /// <summary>
    /// Edits the message in place. A message carrying a native poll cannot be edited, and Discord shows its tally
    /// itself: closing the poll ends it early, and any other update of it does nothing.
    /// </summary>
    public async Task UpdateAsync(SentMessage target, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            if (message.Content.Poll is { } poll && NativePoll.WasPostedNatively(poll))
            {
                if (poll.Closed)
                {
                    await ExpirePollAsync(target, message.Content, cancellationToken).ConfigureAwait(false);
                }

                return;
            }

            await api.EditMessageAsync(target.ChannelId, target.MessageId, MessageRenderer.Edit(message.Content), cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordApiException ex)
        {
            throw Failure("Discord did not take the edit", ex);
        }
    }

    /// <summary>
    /// Discord cannot be searched by nonce, but with <c>enforce_nonce</c> it answers a repeated send with the message it
    /// already has, so a message in doubt is simply sent again. Discord remembers nonces for a few minutes: a message
    /// left in doubt by a crash is checked as soon as StudyBot is back, well inside that.
    /// </summary>
    public Task<DeliveryCheck> CheckDeliveredAsync(OutboundMessage message, Instant claimedAt, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryCheck.ResendIsSafe);

    private async Task ExpirePollAsync(SentMessage target, Reply content, CancellationToken cancellationToken)
    {
        try
        {
            await api.ExpirePollAsync(target.ChannelId, target.MessageId, cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordApiException ex) when (ex.ErrorCode == PollExpired)
        {
            // Its duration ran out, or an earlier attempt got through: the poll is over either way.
        }
        catch (DiscordApiException ex) when (ex.ErrorCode == NotAPollMessage)
        {
            // Posted with vote buttons after all (its settings changed since, e.g. results hidden until close): edit it.
            await api.EditMessageAsync(target.ChannelId, target.MessageId, MessageRenderer.Edit(content), cancellationToken).ConfigureAwait(false);
        }
    }

    private static ChatSendException Failure(string what, DiscordApiException ex)
    {
        var permanent = !ex.IsTransient && ex.Status is not HttpStatusCode.TooManyRequests;
        return new ChatSendException($"{what}: {ex.Message}", permanent, ex.RetryAfter, ex);
    }

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
