using StudyBot.Application;
using StudyBot.Application.Groups;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Groups;

/// <summary><c>/group leave</c>.</summary>
public sealed class GroupLeaveCommand(GroupMembership groups) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "group leave",
        "Leave a study group",
        "group leave name:\"Algo Club\"",
        CommandAccess.GroupMember,
        [GroupOptions.ExistingName(required: false)])
    {
        GroupOption = GroupOptions.NameOption,
        NonMemberRefusal = "You are not a member of {group}, so there is nothing to leave.",
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.Group;
        var left = await groups.LeaveAsync(group, context.Invoker, cancellationToken).ConfigureAwait(false);
        if (!left.IsSuccess)
        {
            return Reply.Error(left.Error.Message);
        }

        var passed = left.Value!.Count == 0 ? "" : $"\nYour roles ahead passed on, and the group has been told:\n• {string.Join("\n• ", left.Value)}";
        return Reply.Private($"You left **{group.Name}**. Rejoin any time with `/group join name:\"{group.Name}\"`.{passed}");
    }
}
