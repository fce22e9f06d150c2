namespace StudyBot.Core.Checkins;

/// <summary>Where check-in prompts and nudges go.</summary>
public enum CheckinDelivery
{
    /// <summary>A direct message to each member (the default: nobody else needs to see them).</summary>
    DirectMessage = 0,

    /// <summary>The group's home channel, mentioning the member.</summary>
    Channel = 1,
}
