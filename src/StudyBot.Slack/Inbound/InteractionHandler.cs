using System.Text.Json;
using System.Text.Json.Nodes;
using StudyBot.Application;
using StudyBot.Commands.Intake;
using StudyBot.Commands.Routing;
using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Slack.Api;
using StudyBot.Slack.Rendering;
using StudyBot.Slack.Users;

namespace StudyBot.Slack.Inbound;

/// <summary>
/// Interactivity payloads: button presses (<c>block_actions</c>) are acknowledged at once and answered after
/// routing; form submissions (<c>view_submission</c>) get their answer in the acknowledgement when quick
/// (field errors keep the modal open), else the modal closes and the answer follows as a message.
/// </summary>
internal sealed class InteractionHandler(
    CommandRouter router,
    InFlightCommands inFlight,
    SlackUserDirectory users,
    ReplyBudget budget,
    ReplyDelivery delivery,
    BackgroundWork background,
    CommandIntake intake)
{
    /// <summary>The acknowledgement body, or null for an empty one.</summary>
    public async Task<JsonObject?> HandleAsync(JsonElement payload, Receipt receipt, CancellationToken cancellationToken)
    {
        // Held until every piece of the answer is handed to background work, so a shutdown cannot slip in between.
        using var handling = inFlight.Begin();
        switch (SlackWebApi.Text(payload, "type"))
        {
            case "block_actions":
                var press = ReadButton(payload);
                if (press is not null)
                {
                    background.Run("button press", token => inFlight.Accepting
                        ? PressAsync(press.Value.ActionId, press.Value.Context, token)
                        : delivery.DeliverAsync(Reply.Error(InFlightCommands.RestartingMessage), press.Value.Context, token));
                }

                return null;
            case "view_submission":
                return await SubmitAsync(payload, receipt, cancellationToken).ConfigureAwait(false);
            default:
                return null;
        }
    }

    private async Task PressAsync(string actionId, SlackContext context, CancellationToken cancellationToken)
    {
        var reply = await RouteAsync(actionId, context, new Dictionary<string, string>(), cancellationToken).ConfigureAwait(false);
        await delivery.DeliverAsync(reply, context, cancellationToken).ConfigureAwait(false);
    }

    private async Task<JsonObject?> SubmitAsync(JsonElement payload, Receipt receipt, CancellationToken cancellationToken)
    {
        var view = payload.TryGetProperty("view", out var v) ? v : default;
        var formId = SlackWebApi.Text(view, "callback_id");
        if (string.IsNullOrEmpty(formId))
        {
            return null;
        }

        if (!inFlight.Accepting)
        {
            return ModalRenderer.Errors(view, InFlightCommands.RestartingMessage);
        }

        var metadata = FormMetadata.Parse(SlackWebApi.Text(view, "private_metadata"));
        var context = Context(payload, metadata?.ChannelId ?? string.Empty, metadata?.ChannelName ?? string.Empty, responseUrl: null);
        var values = ModalRenderer.Values(view);
        var work = background.Start(token => RouteAsync(formId, context, values, token));
        var reply = await budget.WaitAsync(work, receipt, cancellationToken).ConfigureAwait(false);
        if (reply is null)
        {
            background.Run("late form reply", async token => await delivery.DeliverAsync(await ReplyDelivery.AnswerOfAsync(work).ConfigureAwait(false), context, token).ConfigureAwait(false));
            return null;
        }

        if (reply.IsError)
        {
            return ModalRenderer.Errors(view, reply.Text);
        }

        if (reply.Form is { } next)
        {
            return new JsonObject { ["response_action"] = "update", ["view"] = ModalRenderer.View(next, metadata ?? new FormMetadata(string.Empty, string.Empty)) };
        }

        background.Run("form reply", token => delivery.DeliverAsync(reply, context, token));
        return null;
    }

    private async Task<Reply> RouteAsync(string actionId, SlackContext context, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var invoker = await users.GetInvokerAsync(context.UserId, context.UserName, cancellationToken).ConfigureAwait(false);
        var invocation = new ComponentInvocation(actionId, invoker, new ChannelRef(context.ChannelId, context.ChannelName), new WorkspaceRef(Platform.Slack, context.TeamId), values);
        return await intake.RunAsync(token => router.RouteComponentAsync(invocation, token), cancellationToken).ConfigureAwait(false);
    }

    private static (string ActionId, SlackContext Context)? ReadButton(JsonElement payload)
    {
        if (!payload.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array || actions.GetArrayLength() == 0)
        {
            return null;
        }

        // The neutral id travels in value; action_id may carry a uniqueness suffix.
        var action = actions[0];
        var actionId = SlackWebApi.Text(action, "value")
            ?? (action.TryGetProperty("selected_option", out var option) ? SlackWebApi.Text(option, "value") : null)
            ?? SlackWebApi.Text(action, "action_id");
        if (string.IsNullOrEmpty(actionId))
        {
            return null;
        }

        var channel = payload.TryGetProperty("channel", out var c) ? c : default;
        var container = payload.TryGetProperty("container", out var k) ? k : default;
        var metadata = payload.TryGetProperty("view", out var view) ? FormMetadata.Parse(SlackWebApi.Text(view, "private_metadata")) : null;
        var channelId = SlackWebApi.Text(channel, "id") ?? SlackWebApi.Text(container, "channel_id") ?? metadata?.ChannelId ?? string.Empty;
        var channelName = SlackWebApi.Text(channel, "name") ?? metadata?.ChannelName ?? channelId;
        var responseUrl = Uri.TryCreate(SlackWebApi.Text(payload, "response_url"), UriKind.Absolute, out var url) ? url : null;
        return (actionId, Context(payload, channelId, channelName, responseUrl));
    }

    private static SlackContext Context(JsonElement payload, string channelId, string channelName, Uri? responseUrl)
    {
        var user = payload.TryGetProperty("user", out var u) ? u : default;
        var team = payload.TryGetProperty("team", out var t) && t.ValueKind == JsonValueKind.Object ? SlackWebApi.Text(t, "id") : null;
        return new SlackContext(
            team ?? SlackWebApi.Text(user, "team_id") ?? string.Empty,
            channelId,
            channelName,
            SlackWebApi.Text(user, "id") ?? string.Empty,
            SlackWebApi.Text(user, "username") ?? SlackWebApi.Text(user, "name"),
            responseUrl,
            SlackWebApi.Text(payload, "trigger_id"));
    }
}
