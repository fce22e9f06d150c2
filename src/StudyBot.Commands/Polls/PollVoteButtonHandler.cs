using System.Globalization;
using StudyBot.Application.Polls;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;
using StudyBot.Core.Polls;

namespace StudyBot.Commands.Polls;

/// <summary>
/// A vote from a poll's button or a native poll's vote event: <c>pollvote:{poll}:{option}:{toggle|add|remove}</c>,
/// the option 0-based. The reply is private: only the voter learns what they chose.
/// </summary>
public sealed class PollVoteButtonHandler(PollVoting voting) : IComponentHandler
{
    /// <inheritdoc />
    public static string Key => PollMessages.VoteAction;

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var args = invocation.Arguments;
        if (args.Count != 3
            || !long.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pollId)
            || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var option)
            || Action(args[2]) is not { } action)
        {
            return Reply.Error("This button is damaged. Vote with `/poll vote` instead.");
        }

        var voted = await voting.VoteAsync(pollId, invocation.Invoker, option, action, cancellationToken).ConfigureAwait(false);
        return voted.IsSuccess
            ? Reply.Private(PollMessages.VoteRecorded(voted.Value!.Poll, voted.Value.Change, voted.Value.Group))
            : Reply.Error(voted.Error.Message);
    }

    private static VoteAction? Action(string text) => text switch
    {
        "toggle" => VoteAction.Toggle,
        "add" => VoteAction.Add,
        "remove" => VoteAction.Remove,
        _ => null,
    };
}
