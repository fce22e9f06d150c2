using NodaTime;

namespace StudyBot.Core.Groups;

/// <summary>A platform user who belongs to a group.</summary>
public sealed class GroupMember
{
    /// <summary>Creates a membership.</summary>
    public GroupMember(string userId, string displayName, bool isOrganizer, Instant joinedAt)
    {
        UserId = userId;
        DisplayName = displayName;
        IsOrganizer = isOrganizer;
        JoinedAt = joinedAt;
    }

    /// <summary>Store key.</summary>
    public long Id { get; private set; }

    /// <summary>The group this membership belongs to.</summary>
    public long GroupId { get; private set; }

    /// <summary>The platform's user id.</summary>
    public string UserId { get; private set; }

    /// <summary>The name last seen for the user, for listings.</summary>
    public string DisplayName { get; internal set; }

    /// <summary>Organizers may change the group's settings and schedule.</summary>
    public bool IsOrganizer { get; internal set; }

    /// <summary>When the user joined.</summary>
    public Instant JoinedAt { get; private set; }

    /// <summary>Where this member gets the group's meeting reminders.</summary>
    public ReminderDelivery MeetingReminders { get; private set; }

    /// <summary>Sets where this member gets the group's meeting reminders.</summary>
    public void ChooseMeetingReminders(ReminderDelivery delivery) => MeetingReminders = delivery;
}
