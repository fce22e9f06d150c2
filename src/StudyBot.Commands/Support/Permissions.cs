using StudyBot.Commands.Routing;
using StudyBot.Core.Groups;

namespace StudyBot.Commands.Support;

/// <summary>Who may change what: organizers of a group, and workspace admins everywhere.</summary>
public static class Permissions
{
    /// <summary>True when the invoker may change the group's settings and schedule.</summary>
    public static bool IsOrganizer(Group group, Invoker invoker)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        return invoker.IsWorkspaceAdmin || group.FindMember(invoker.UserId)?.IsOrganizer == true;
    }

    /// <summary>The polite refusal for members who try an organizer's command.</summary>
    public static string OrganizerOnly(Group group, string action)
    {
        ArgumentNullException.ThrowIfNull(group);
        return $"Only organizers of {group.Name} can {action}. Ask one of them: {string.Join(", ", group.Members.Where(m => m.IsOrganizer).Select(m => m.DisplayName))}.";
    }
}
