using StudyBot.Application.Roles;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Meetings;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;
using StudyBot.Core.Roles;

namespace StudyBot.Commands.Roles;

/// <summary><c>/role add</c>: a duty the group's members take turns at.</summary>
public sealed class RoleAddCommand(GroupRoles roles) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "role add",
        "Add a role members take turns at in meetings (facilitator, note-taker...)",
        "role add name:Facilitator description:\"Keeps the meeting on track\"",
        CommandAccess.GroupOrganizer,
        [
            OptionDefinition.RequiredText("name", "The role's name, e.g. Facilitator", RoleLimits.NameMaxLength),
            OptionDefinition.OptionalText("description", "What the role does, in a line", RoleLimits.DescriptionMaxLength),
            new("optional", OptionType.Boolean, "Left empty first when too few members can come (default: false)"),
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
        var added = await roles.AddAsync(context.Group, context.RequireString("name"), context.GetString("description"), context.GetBoolean("optional") ?? false, cancellationToken).ConfigureAwait(false);
        if (!added.IsSuccess)
        {
            return Reply.Error(added.Error.Message);
        }

        var role = added.Value!;
        return Reply.Public($"**{context.Group.Name}** has a new {(role.Required ? "required" : "optional")} role: **{role.Name}**{(role.Description is null ? string.Empty : $" ({role.Description})")}. It rotates from the next meeting; `/role upcoming` shows who is next.");
    }
}
