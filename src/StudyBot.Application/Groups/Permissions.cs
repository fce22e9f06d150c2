using StudyBot.Core.Groups;

namespace StudyBot.Application.Groups;

/// <summary>Who may do what in a group: its members, its organizers, and workspace admins everywhere.</summary>
public static class Permissions
{
    /// <summary>True when the invoker may change the group's settings and schedule.</summary>
    public static bool IsOrganizer(Group group, Invoker invoker)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        return invoker.IsWorkspaceAdmin || group.FindMember(invoker.UserId)?.IsOrganizer == true;
    }

    /// <summary>True when the invoker belongs to the group.</summary>
    public static bool IsMember(Group group, Invoker invoker)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        return group.FindMember(invoker.UserId) is not null;
    }

    /// <summary>The polite refusal for members who try an organizer's command.</summary>
    public static string OrganizerOnly(Group group, string action)
    {
        ArgumentNullException.ThrowIfNull(group);
        return $"Only organizers of {group.Name} can {action}. Ask one of them: {string.Join(", ", group.Members.Where(m => m.IsOrganizer).Select(m => m.DisplayName))}.";
    }

    /// <summary>The polite refusal for people outside the group.</summary>
    public static string MembersOnly(Group group, string action)
    {
        ArgumentNullException.ThrowIfNull(group);
        return $"Only members of {group.Name} can {action}. Join with `/group join name:\"{group.Name}\"`.";
    }
}
