using StudyBot.Application;
using StudyBot.Application.Groups;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Groups;

/// <summary><c>/group join</c>.</summary>
public sealed class GroupJoinCommand(GroupMembership groups) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "group join",
        "Join a study group",
        "group join name:\"Algo Club\"",
        CommandAccess.Anyone,
        [GroupOptions.ExistingName(required: true)])
    {
        GroupOption = GroupOptions.NameOption,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.Group;
        var joined = await groups.JoinAsync(group, context.Invoker, cancellationToken).ConfigureAwait(false);
        return joined.IsSuccess
            ? Reply.Public($"{RichText.User(context.Invoker.UserId, context.Invoker.DisplayName)} joined **{group.Name}** ({group.Members.Count} members).")
            : Reply.Error(joined.Error.Message);
    }
}
