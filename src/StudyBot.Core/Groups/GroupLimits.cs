namespace StudyBot.Core.Groups;

/// <summary>
/// Text limits that fit both platforms: a group name must fit a Discord button label (80) and
/// autocomplete choice; descriptions and charters must fit a Discord embed field (1024) and a
/// Slack section (3000) together with their labels.
/// </summary>
public static class GroupLimits
{
    /// <summary>Longest group name.</summary>
    public const int NameMaxLength = 80;

    /// <summary>Longest description.</summary>
    public const int DescriptionMaxLength = 1000;

    /// <summary>Longest charter (the group's expectations).</summary>
    public const int CharterMaxLength = 1000;
}
