namespace StudyBot.Core.Roles;

/// <summary>Limits on roles and away periods, shared by validation and help texts.</summary>
public static class RoleLimits
{
    /// <summary>Longest role name.</summary>
    public const int NameMaxLength = 40;

    /// <summary>Longest role description.</summary>
    public const int DescriptionMaxLength = 200;

    /// <summary>Most roles a group can have (Discord shows at most 25 fields in a message).</summary>
    public const int RolesPerGroup = 10;

    /// <summary>Longest note on an away period.</summary>
    public const int AwayNoteMaxLength = 200;

    /// <summary>Longest away period, in days.</summary>
    public const int AwayMaxDays = 366;

    /// <summary>How many meetings <c>/role upcoming</c> previews.</summary>
    public const int UpcomingMeetings = 4;
}
