using StudyBot.Application.Roles;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Meetings;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Roles;

/// <summary><c>/role assign</c>: an organizer gives a role at one meeting to a member, whatever the rotation says.</summary>
public sealed class RoleAssignCommand(RoleChanges changes) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "role assign",
        "Give a role at one meeting to a member (overrides the rotation)",
        "role assign role:Facilitator member:@carol date:2027-03-23",
        CommandAccess.GroupOrganizer,
        [
            RoleOptions.Role("The role to give"),
            new("member", OptionType.User, "Who does it") { Required = true },
            MeetingOptions.Date(required: false, "Day of the meeting (default: the next one)"),
            MeetingOptions.Meeting(),
            MeetingOptions.Group(),
        ])
    {
        GroupOption = MeetingOptions.GroupOption,
        AccessAction = "assign roles",
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var assigned = await changes.AssignAsync(context.Group, context.RequireString("role"), context.GetUser("member")!, context.GetString("meeting"), context.GetString("date"), cancellationToken).ConfigureAwait(false);
        return assigned.IsSuccess ? Reply.Private(assigned.Value!) : Reply.Error(assigned.Error.Message);
    }
}
