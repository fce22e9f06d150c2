using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Slack.Api;
using StudyBot.Slack.Rendering;

namespace StudyBot.Slack.Sending;

/// <summary>
/// Delivers the outbox's messages to Slack: chat.postMessage to a channel, or to a DM opened with conversations.open,
/// then any files. Slack has no nonce, so a post is never retried after an ambiguous failure (the request may have
/// landed) and this process remembers which idempotency keys it already posted, so an outbox retry skips the post
/// and only finishes the uploads. That memory does not survive a restart: a crash between Slack's answer and the
/// outbox marking the message sent can still post twice.
/// </summary>
internal sealed partial class SlackChatSender(SlackWebApi api, TimeProvider time, ILogger<SlackChatSender> logger) : IChatSender
{
    private static readonly TimeSpan Remember = TimeSpan.FromHours(24);
    private readonly ConcurrentDictionary<string, Progress> _progress = new(StringComparer.Ordinal);

    public Platform Platform => Platform.Slack;

    public async Task SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Forget();
        var progress = _progress.GetOrAdd(message.IdempotencyKey, _ => new Progress(time.GetUtcNow()));
        try
        {
            var channel = progress.Channel ??= await ChannelAsync(message, cancellationToken).ConfigureAwait(false);
            if (!progress.Posted)
            {
                await PostAsync(message, channel, cancellationToken).ConfigureAwait(false);
                progress.Posted = true;
            }

            var files = message.Content.Attachments;
            while (progress.FilesUploaded < files.Count)
            {
                await api.UploadFileAsync(channel, files[progress.FilesUploaded], null, cancellationToken).ConfigureAwait(false);
                progress.FilesUploaded++;
            }
        }
        catch (SlackApiException ex)
        {
            LogSendFailed(logger, ex.Method, ex.Error, message.IdempotencyKey);
            if (ex.MayHaveSucceeded && !progress.Posted)
            {
                // Better one missing reminder than two: the post may have landed, and Slack cannot tell us.
                progress.Posted = true;
                throw new ChatSendException($"Slack {ex.Method} may have posted but did not answer ({ex.Error}); not retried to avoid a duplicate.", isPermanent: true, null, ex);
            }

            throw new ChatSendException($"Slack {ex.Method} failed: {ex.Error}", ex.IsPermanent, ex.RetryAfter, ex);
        }
    }

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

    private async Task PostAsync(OutboundMessage message, string channel, CancellationToken cancellationToken)
    {
        var body = BlockKitRenderer.Message(message.Content);
        if (message.Content.Ephemeral && message.ChannelId is not null && message.DirectUserId is not null)
        {
            await api.PostEphemeralAsync(channel, message.DirectUserId, body, cancellationToken).ConfigureAwait(false);
            return;
        }

        await api.PostMessageAsync(channel, body, cancellationToken).ConfigureAwait(false);
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

    private sealed class Progress(DateTimeOffset started)
    {
        public DateTimeOffset Started { get; } = started;

        public string? Channel { get; set; }

        public bool Posted { get; set; }

        public int FilesUploaded { get; set; }
    }
}
