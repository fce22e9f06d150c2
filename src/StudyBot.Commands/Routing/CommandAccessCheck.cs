using StudyBot.Application;
using StudyBot.Application.Groups;
using StudyBot.Commands.Catalog;
using StudyBot.Core.Groups;

namespace StudyBot.Commands.Routing;

/// <summary>The one place a command's declared <see cref="CommandAccess"/> is checked against its group.</summary>
internal static class CommandAccessCheck
{
    /// <summary>The polite refusal, or null when the invoker may run the command.</summary>
    public static string? Refusal(CommandDefinition command, Group group, Invoker invoker) => command.Access switch
    {
        CommandAccess.GroupOrganizer when !Permissions.IsOrganizer(group, invoker) => Permissions.OrganizerOnly(group, command.AccessAction),
        CommandAccess.GroupMember when !Permissions.IsMember(group, invoker) =>
            command.NonMemberRefusal?.Replace("{group}", group.Name, StringComparison.Ordinal) ?? Permissions.MembersOnly(group, command.AccessAction),
        _ => null,
    };
}
