using StudyBot.Application.Polls;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Polls;

/// <summary><c>/poll results</c>: the count so far (unless hidden until close) or the result.</summary>
public sealed class PollResultsCommand(PollFinder polls) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "poll results",
        "Show a poll's count (hidden polls: once closed) and its result",
        "poll results poll:#3",
        CommandAccess.GroupMember,
        [PollTexts.PollOption(), PollTexts.Group()])
    {
        GroupOption = PollTexts.Group().Name,
        AccessAction = "see its polls",
        ReadOnly = true,
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var found = await polls.FindAsync(context.Group, context.GetString("poll"), cancellationToken).ConfigureAwait(false);
        return found.IsSuccess
            ? Reply.Private(PollMessages.Results(found.Value!, context.Group))
            : Reply.Error(found.Error.Message);
    }
}
