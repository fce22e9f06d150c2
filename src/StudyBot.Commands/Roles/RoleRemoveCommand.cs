using StudyBot.Application.Roles;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Meetings;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Roles;

/// <summary><c>/role remove</c>: the group stops rotating a role.</summary>
public sealed class RoleRemoveCommand(GroupRoles roles) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "role remove",
        "Stop rotating a role (its history goes with it)",
        "role remove name:Timekeeper",
        CommandAccess.GroupOrganizer,
        [
            RoleOptions.Name("The role to remove"),
            new("confirm", OptionType.Boolean, "Remove it even though it was given by hand for meetings ahead"),
            MeetingOptions.Group(),
        ])
    {
        GroupOption = MeetingOptions.GroupOption,
        AccessAction = "change its roles",
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var removed = await roles.RemoveAsync(context.Group, context.RequireString("name"), context.GetBoolean("confirm") ?? false, cancellationToken).ConfigureAwait(false);
        return removed.IsSuccess
            ? Reply.Public($"**{context.Group.Name}** no longer rotates **{removed.Value!.Name}**.")
            : Reply.Error(removed.Error.Message);
    }
}
