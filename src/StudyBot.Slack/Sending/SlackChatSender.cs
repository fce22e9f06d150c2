using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using NodaTime;
using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Slack.Api;
using StudyBot.Slack.Rendering;

namespace StudyBot.Slack.Sending;

/// <summary>
/// Delivers the outbox's messages to Slack: chat.postMessage to a channel, or to a DM opened with conversations.open,
/// then any files. Slack has no nonce, so every post carries its idempotency key as message metadata: when a post's
/// fate is unknown (no answer, a crash before the outbox recorded it), <see cref="CheckDeliveredAsync"/> reads the
/// channel's recent history for the key and only a post that is not there is sent again. Within one process the
/// sender also remembers what it already posted, so a retry only finishes the uploads. A posted message is edited with
/// chat.update.
/// </summary>
internal sealed partial class SlackChatSender(SlackWebApi api, TimeProvider time, ILogger<SlackChatSender> logger) : IChatSender
{
    /// <summary>The metadata event type of StudyBot's posts.</summary>
    public const string MetadataEventType = "studybot_outbox";

    private static readonly TimeSpan Remember = TimeSpan.FromHours(24);

    // A post is searched for from a little before its claim: clocks of the bot and Slack differ slightly.
    private static readonly Duration ClockSkew = Duration.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Progress> _progress = new(StringComparer.Ordinal);

    public Platform Platform => Platform.Slack;

    public async Task<SentMessage?> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Forget();
        var progress = _progress.GetOrAdd(message.IdempotencyKey, _ => new Progress(time.GetUtcNow()));
        try
        {
            var channel = progress.Channel ??= await ChannelAsync(message, cancellationToken).ConfigureAwait(false);
            if (!progress.Posted)
            {
                progress.Ts = await PostAsync(message, channel, cancellationToken).ConfigureAwait(false);
                progress.Posted = true;
            }

            var files = message.Content.Attachments;
            while (progress.FilesUploaded < files.Count)
            {
                await api.UploadFileAsync(channel, files[progress.FilesUploaded], null, cancellationToken).ConfigureAwait(false);
                progress.FilesUploaded++;
            }

            return progress.Ts is { Length: > 0 } ts ? new SentMessage(channel, ts) : null;
        }
        catch (SlackApiException ex)
        {
            throw Failure(ex, message.IdempotencyKey, mayHaveBeenDelivered: ex.MayHaveSucceeded && !progress.Posted);
        }
    }

    public async Task UpdateAsync(SentMessage target, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            await api.UpdateMessageAsync(target.ChannelId, target.MessageId, BlockKitRenderer.Message(message.Content), cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException ex)
        {
            // chat.update replaces content: one that may have landed is simply done again, never looked for first.
            throw Failure(ex, message.IdempotencyKey, mayHaveBeenDelivered: false);
        }
    }

    public async Task<DeliveryCheck> CheckDeliveredAsync(OutboundMessage message, Instant claimedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_progress.TryGetValue(message.IdempotencyKey, out var known) && known.Posted)
        {
            // Posted by this process: what may be missing is files, which SendAsync finishes without posting again.
            return known.FilesUploaded == message.Content.Attachments.Count ? DeliveryCheck.Delivered : DeliveryCheck.NotDelivered;
        }

        if (IsEphemeral(message))
        {
            // An ephemeral post leaves no history to read: sent again, at worst one private note shows twice.
            return DeliveryCheck.NotDelivered;
        }

        try
        {
            var channel = await ChannelAsync(message, cancellationToken).ConfigureAwait(false);
            var since = (claimedAt - ClockSkew).ToDateTimeOffset();
            if (!await api.HasMessageWithKeyAsync(channel, since, MetadataEventType, message.IdempotencyKey, cancellationToken).ConfigureAwait(false))
            {
                return DeliveryCheck.NotDelivered;
            }

            // The post is there; whether its files made it is unknown, so they are uploaded (again, at worst).
            var progress = _progress.GetOrAdd(message.IdempotencyKey, _ => new Progress(time.GetUtcNow()));
            progress.Channel = channel;
            progress.Posted = true;
            return message.Content.Attachments.Count == 0 ? DeliveryCheck.Delivered : DeliveryCheck.NotDelivered;
        }
        catch (SlackApiException ex)
        {
            LogCheckFailed(logger, ex.Method, ex.Error, message.IdempotencyKey);
            throw new ChatSendException($"Could not read Slack's history to check on a message: {ex.Error}", isPermanent: false, ex.RetryAfter, ex, mayHaveBeenDelivered: true);
        }
    }

    private static bool IsEphemeral(OutboundMessage message) => message.Content.Ephemeral && message.ChannelId is not null && message.DirectUserId is not null;

    private async Task<string> ChannelAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        if (message.ChannelId is { Length: > 0 } channel)
        {
            return channel;
        }

        if (message.DirectUserId is { Length: > 0 } user)
        {
            return await api.OpenDirectMessageAsync(user, cancellationToken).ConfigureAwait(false);
        }

        throw new ChatSendException("The message has neither a channel nor a user to send to.", isPermanent: true);
    }

    // Returns the post's ts; an ephemeral post has none that can be edited later.
    private async Task<string?> PostAsync(OutboundMessage message, string channel, CancellationToken cancellationToken)
    {
        var body = BlockKitRenderer.Message(message.Content);
        if (IsEphemeral(message))
        {
            await api.PostEphemeralAsync(channel, message.DirectUserId!, body, cancellationToken).ConfigureAwait(false);
            return null;
        }

        body["metadata"] = new JsonObject
        {
            ["event_type"] = MetadataEventType,
            ["event_payload"] = new JsonObject { ["key"] = message.IdempotencyKey },
        };
        return await api.PostMessageAsync(channel, body, cancellationToken).ConfigureAwait(false);
    }

    private ChatSendException Failure(SlackApiException ex, string key, bool mayHaveBeenDelivered)
    {
        LogSendFailed(logger, ex.Method, ex.Error, key);
        return new ChatSendException($"Slack {ex.Method} failed: {ex.Error}", ex.IsPermanent, ex.RetryAfter, ex, mayHaveBeenDelivered);
    }

    private void Forget()
    {
        var cutoff = time.GetUtcNow() - Remember;
        foreach (var (key, progress) in _progress)
        {
            if (progress.Started < cutoff)
            {
                _progress.TryRemove(key, out _);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack delivery of {Key} failed: {Method} said {Error}")]
    private static partial void LogSendFailed(ILogger logger, string method, string error, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check whether {Key} reached Slack: {Method} said {Error}; will check again")]
    private static partial void LogCheckFailed(ILogger logger, string method, string error, string key);

    private sealed class Progress(DateTimeOffset started)
    {
        public DateTimeOffset Started { get; } = started;

        public string? Channel { get; set; }

        public bool Posted { get; set; }

        public string? Ts { get; set; }

        public int FilesUploaded { get; set; }
    }
}
