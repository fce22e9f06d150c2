using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Support;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Commands.Groups;

/// <summary><c>/group leave</c>.</summary>
public sealed class GroupLeaveCommand(StudyBotDbContext db, GroupFinder groups) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "group leave",
        "Leave a study group",
        "group leave name:\"Algo Club\"",
        CommandAccess.GroupMember,
        [GroupOptions.ExistingName(required: false)]);

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var found = await groups.FindAsync(context, context.GetString("name"), cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Reply.Error(found.Error.Message);
        }

        var group = found.Value!;
        var left = group.Leave(context.Invoker.UserId);
        if (!left.IsSuccess)
        {
            return Reply.Error(left.Error.Message);
        }

        db.GroupMembers.Remove(left.Value!);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Reply.Private($"You left **{group.Name}**. Rejoin any time with `/group join name:\"{group.Name}\"`.");
    }
}
