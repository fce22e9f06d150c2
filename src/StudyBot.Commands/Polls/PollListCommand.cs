using StudyBot.Application.Polls;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;
using StudyBot.Core.Time;

namespace StudyBot.Commands.Polls;

/// <summary><c>/poll list</c>: the group's open polls and those closed this past week.</summary>
public sealed class PollListCommand(PollFinder polls, TimeProvider time) : ICommandHandler
{
    private const int RecentDays = 7;

    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "poll list",
        "List the group's open polls and those closed this past week",
        "poll list",
        CommandAccess.GroupMember,
        [PollTexts.Group()])
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
        var list = await polls.ListAsync(context.Group, time.Now(), RecentDays, cancellationToken).ConfigureAwait(false);
        return list.Count == 0
            ? Reply.Private($"{context.Group.Name} has no open polls and none closed this past week. Ask one with `/poll create`.")
            : Reply.Private($"Polls of **{context.Group.Name}**:\n" + string.Join('\n', list.Select(p => PollMessages.ListLine(p, context.Group))));
    }
}
