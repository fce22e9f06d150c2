namespace StudyBot.Core.Meetings;

/// <summary>What a plan row does when due.</summary>
public enum PlannedReminderKind
{
    /// <summary>Post a reminder to the group.</summary>
    Reminder = 0,

    /// <summary>The occurrence has started: plan the next one.</summary>
    Advance = 1,
}
