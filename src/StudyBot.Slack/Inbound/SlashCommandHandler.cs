using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using StudyBot.Application;
using StudyBot.Commands.Intake;
using StudyBot.Commands.Routing;
using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Slack.Users;

namespace StudyBot.Slack.Inbound;

/// <summary>
/// <c>/study ...</c>: routes the text as the console would, answers inline when the router is quick, else
/// acknowledges empty and answers through response_url. Used by both Socket Mode and the HTTP endpoint.
/// </summary>
internal sealed partial class SlashCommandHandler(
    CommandRouter router,
    InFlightCommands inFlight,
    SlackUserDirectory users,
    ReplyBudget budget,
    ReplyDelivery delivery,
    BackgroundWork background,
    CommandIntake intake,
    ILogger<SlashCommandHandler> logger)
{
    /// <summary>The acknowledgement body: a message to show now, or null for an empty acknowledgement.</summary>
    /// <param name="command">The command.</param>
    /// <param name="canAnswerInline">False when the acknowledgement cannot carry a message (Socket Mode without accepts_response_payload).</param>
    /// <param name="receipt">When the command arrived: Slack's 3 s count from there.</param>
    /// <param name="cancellationToken">Cancels waiting; the routing itself runs on the adapter's lifetime.</param>
    public async Task<JsonObject?> HandleAsync(SlashCommand command, bool canAnswerInline, Receipt receipt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!inFlight.Accepting)
        {
            return ReplyDelivery.Inline(Reply.Error(InFlightCommands.RestartingMessage));
        }

        // Held until every piece of the answer is handed to background work, so a shutdown cannot slip in between.
        using var handling = inFlight.Begin();
        var context = command.Context;
        var work = background.Start(token => RouteAsync(command, token));
        var reply = canAnswerInline ? await budget.WaitAsync(work, receipt, cancellationToken).ConfigureAwait(false) : null;
        if (reply is null)
        {
            LogAnsweringLater(logger, command.TeamId, command.ChannelId);
            background.Run("late slash command reply", async token => await delivery.DeliverAsync(await ReplyDelivery.AnswerOfAsync(work).ConfigureAwait(false), context, token).ConfigureAwait(false));
            return null;
        }

        if (reply.Form is not null)
        {
            // views.open needs the trigger within 3 s of the command, which does not wait for our acknowledgement.
            background.Run("slash command form", token => delivery.DeliverAsync(reply, context, token));
            return null;
        }

        if (reply.Attachments.Count > 0)
        {
            background.Run("slash command files", token => delivery.UploadAsync(reply, context, token));
        }

        return ReplyDelivery.Inline(reply);
    }

    private async Task<Reply> RouteAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        var invoker = await users.GetInvokerAsync(command.UserId, command.UserName, cancellationToken).ConfigureAwait(false);
        return await intake.RunAsync(
            token => router.RouteTextAsync(
                command.CommandLine,
                invoker,
                new ChannelRef(command.ChannelId, command.ChannelName),
                new WorkspaceRef(Platform.Slack, command.TeamId),
                token),
            cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slash command in {TeamId}/{ChannelId} acknowledged empty; answering via response_url")]
    private static partial void LogAnsweringLater(ILogger logger, string teamId, string channelId);
}
