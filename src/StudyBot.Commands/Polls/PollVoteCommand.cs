using StudyBot.Application.Polls;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Polls;

/// <summary><c>/poll vote</c>: vote by number or text (the console's way; buttons do the same on Discord and Slack).</summary>
public sealed class PollVoteCommand(PollVoting voting) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "poll vote",
        "Vote in a poll: an option's number (several with commas where allowed), its text, or clear",
        "poll vote poll:#3 option:2",
        CommandAccess.GroupMember,
        [
            OptionDefinition.RequiredText("option", "The option's number, e.g. 2 (or 1,3 in a multiple-choice poll), its text, or clear", 120),
            PollTexts.PollOption(),
            PollTexts.Group(),
        ])
    {
        GroupOption = PollTexts.Group().Name,
        AccessAction = "vote in its polls",
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var voted = await voting.VoteAsync(context.Group, context.Invoker, context.GetString("poll"), context.RequireString("option"), cancellationToken).ConfigureAwait(false);
        return voted.IsSuccess
            ? Reply.Private($"Poll #{voted.Value!.Poll.Id}: {PollMessages.VoteRecorded(voted.Value.Poll, voted.Value.Change, voted.Value.Group)}")
            : Reply.Error(voted.Error.Message);
    }
}
