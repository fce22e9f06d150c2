namespace StudyBot.Commands.Catalog;

/// <summary>Where suggestions for an option come from while the user types.</summary>
public enum AutocompleteSource
{
    /// <summary>No suggestions.</summary>
    None,

    /// <summary>Names of the workspace's groups.</summary>
    GroupNames,

    /// <summary>IANA time zone ids.</summary>
    TimeZones,

    /// <summary>Command paths, for help.</summary>
    Commands,

    /// <summary>Roles of the group the command names, or of this channel's group.</summary>
    RoleNames,
}
