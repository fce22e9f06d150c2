using StudyBot.Application.Roles;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Meetings;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;
using StudyBot.Core.Time;

namespace StudyBot.Commands.Roles;

/// <summary><c>/role list</c>: the group's roles, and who does each at the next meeting.</summary>
public sealed class RoleListCommand(GroupRoles roles, RoleRotations rotations, TimeProvider time) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "role list",
        "Show a group's roles and who does each at the next meeting",
        "role list group:\"Algo Club\"",
        CommandAccess.Anyone,
        [MeetingOptions.Group()])
    {
        GroupOption = MeetingOptions.GroupOption,
        ReadOnly = true,
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.Group;
        var list = await roles.ListAsync(group.Id, cancellationToken).ConfigureAwait(false);
        if (list.Count == 0)
        {
            return Reply.Private($"{group.Name} has no roles yet. Organizers add them with `/role add name:Facilitator description:\"Keeps the meeting on track\"`.");
        }

        var upcoming = await rotations.UpcomingAsync(group, 1, time.Now(), cancellationToken).ConfigureAwait(false);
        var next = upcoming.Count == 0 ? null : upcoming[0];
        var name = RoleMessages.Names(group);
        var lines = new List<string> { $"Roles of **{group.Name}**{(next is null ? string.Empty : $" (next meeting {RoleMessages.When(next)}{(next.Fixed ? string.Empty : ", forecast")})")}:" };
        foreach (var role in list)
        {
            var holder = next?.Holders.Single(h => h.Role.Id == role.Id).UserId;
            var about = role.Description is null ? string.Empty : $" ({role.Description})";
            var who = next is null ? string.Empty : $": {(holder is null ? "nobody" : name(holder))}";
            lines.Add($"• **{role.Name}**{about}{(role.Required ? string.Empty : ", optional")}{who}");
        }

        return Reply.Private(string.Join("\n", lines));
    }
}
