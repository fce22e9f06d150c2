using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StudyBot.Application;
using StudyBot.Application.Polls;
using StudyBot.Commands.Routing;
using StudyBot.Core;
using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Polls;

/// <summary>
/// Routes MESSAGE_POLL_VOTE_ADD/REMOVE to the router as <c>pollvote:{pollId}:{answerIndex}:{add|remove}</c>. The poll
/// is found from the message the vote names, through the stored record of where each poll's card landed.
/// Discord numbers answers from 1 in the order sent; the index is 0-based like <c>ReplyPoll.Answers</c>.
/// </summary>
internal sealed partial class PollVoteRouter(CommandRouter router, IServiceScopeFactory scopes, ILogger<PollVoteRouter> logger)
{
    public async Task HandleAsync(JsonElement vote, bool added, CancellationToken cancellationToken)
    {
        var messageId = InteractionParser.Text(vote, "message_id");
        var userId = InteractionParser.Text(vote, "user_id");
        var channelId = InteractionParser.Text(vote, "channel_id") ?? "unknown";
        if (messageId is null || userId is null || !vote.TryGetProperty("answer_id", out var answer) || !answer.TryGetInt32(out var answerId))
        {
            return;
        }

        long? pollId;
        await using (var scope = scopes.CreateAsyncScope())
        {
            pollId = await scope.ServiceProvider.GetRequiredService<PollFinder>().ByMessageAsync(Platform.Discord, messageId, cancellationToken).ConfigureAwait(false);
        }

        if (pollId is null)
        {
            LogUnknownPoll(logger, messageId);
            return;
        }

        var action = string.Create(CultureInfo.InvariantCulture, $"pollvote:{pollId}:{answerId - 1}:{(added ? "add" : "remove")}");
        var workspace = new WorkspaceRef(Platform.Discord, InteractionParser.Text(vote, "guild_id") ?? "dm");

        // Without the privileged members intent only the id is known; handlers show users as mentions anyway.
        var reply = await router.RouteComponentAsync(
            new ComponentInvocation(action, new Invoker(userId, userId), new ChannelRef(channelId, channelId), workspace, new Dictionary<string, string>()),
            cancellationToken).ConfigureAwait(false);
        if (reply.IsError)
        {
            LogRejected(logger, action, reply.Text);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Poll vote on message {MessageId}, which carries no poll StudyBot knows")]
    private static partial void LogUnknownPoll(ILogger logger, string messageId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Poll vote {Action} was not accepted: {Text}")]
    private static partial void LogRejected(ILogger logger, string action, string text);
}
