using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using StudyBot.Core.Messaging;
using StudyBot.Slack.Api;
using StudyBot.Slack.Rendering;

namespace StudyBot.Slack.Inbound;

/// <summary>
/// Delivers the router's answer to an interaction: a form as a modal (views.open on the trigger), a message through
/// response_url (ephemeral or in_channel), else chat.postEphemeral / chat.postMessage, then any files.
/// </summary>
internal sealed partial class ReplyDelivery(SlackWebApi api, ILogger<ReplyDelivery> logger)
{
    /// <summary>The payload for answering inline (HTTP body or Socket Mode ack payload).</summary>
    public static JsonObject Inline(Reply reply)
    {
        var message = BlockKitRenderer.Message(reply);
        message["response_type"] = reply.Ephemeral ? "ephemeral" : "in_channel";
        return message;
    }

    /// <summary>
    /// The answer of routing work, or a polite error when the work itself failed: a command that was acknowledged
    /// is always answered.
    /// </summary>
    public static async Task<Reply> AnswerOfAsync(Task<Reply> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return await work.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Reply.Error("Something went wrong on StudyBot's side; nothing was changed. Please try again.");
        }
    }

    /// <summary>Delivers <paramref name="reply"/>; failures are logged, since nobody is waiting to hear about them.</summary>
    public async Task DeliverAsync(Reply reply, SlackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            if (reply.Form is { } form)
            {
                await OpenFormAsync(form, context, cancellationToken).ConfigureAwait(false);
                return;
            }

            await SendMessageAsync(reply, context, cancellationToken).ConfigureAwait(false);
            await UploadAsync(reply, context, cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException ex)
        {
            LogDeliveryFailed(logger, ex.Method, ex.Error, context.ChannelId);
        }
    }

    /// <summary>Shares the reply's files: in the channel, or in the user's DM when the reply is private.</summary>
    public async Task UploadAsync(Reply reply, SlackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(context);
        if (reply.Attachments.Count == 0)
        {
            return;
        }

        // Slack files cannot be ephemeral; a private reply's files go to the user's DM so nobody else sees them.
        var channel = reply.Ephemeral || context.ChannelId.Length == 0
            ? await api.OpenDirectMessageAsync(context.UserId, cancellationToken).ConfigureAwait(false)
            : context.ChannelId;
        foreach (var file in reply.Attachments)
        {
            await api.UploadFileAsync(channel, file, null, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task OpenFormAsync(FormRequest form, SlackContext context, CancellationToken cancellationToken)
    {
        if (context.TriggerId is null)
        {
            await SendMessageAsync(Reply.Error("This form can only open from a command or a button. Run the command again."), context, cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await api.OpenViewAsync(context.TriggerId, ModalRenderer.View(form, new FormMetadata(context.ChannelId, context.ChannelName)), cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException ex) when (ex.Error is "trigger_expired" or "expired_trigger_id" or "trigger_exchanged")
        {
            LogTriggerExpired(logger, form.FormId);
            await SendMessageAsync(Reply.Error("The form took too long to open. Please press the button or run the command again."), context, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SendMessageAsync(Reply reply, SlackContext context, CancellationToken cancellationToken)
    {
        if (context.ResponseUrl is { } responseUrl)
        {
            var message = Inline(reply);
            message["replace_original"] = false;
            await api.Client.RespondAsync(responseUrl, message, cancellationToken).ConfigureAwait(false);
            return;
        }

        var body = BlockKitRenderer.Message(reply);
        if (context.ChannelId.Length == 0)
        {
            var dm = await api.OpenDirectMessageAsync(context.UserId, cancellationToken).ConfigureAwait(false);
            await api.PostMessageAsync(dm, body, cancellationToken).ConfigureAwait(false);
        }
        else if (reply.Ephemeral)
        {
            await api.PostEphemeralAsync(context.ChannelId, context.UserId, body, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await api.PostMessageAsync(context.ChannelId, body, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver a reply: Slack {Method} said {Error} (channel {ChannelId})")]
    private static partial void LogDeliveryFailed(ILogger logger, string method, string error, string channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The trigger for form {FormId} expired before views.open")]
    private static partial void LogTriggerExpired(ILogger logger, string formId);
}
