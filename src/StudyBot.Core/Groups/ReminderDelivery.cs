namespace StudyBot.Core.Groups;

/// <summary>Where a member wants a group's meeting reminders.</summary>
public enum ReminderDelivery
{
    /// <summary>The group's home channel, mentioned there once they said Going or Maybe (the default).</summary>
    Channel = 0,

    /// <summary>A direct message of their own, with the RSVP buttons; never mentioned in the channel's reminder.</summary>
    DirectMessage = 1,
}
