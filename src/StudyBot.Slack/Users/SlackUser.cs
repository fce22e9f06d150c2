namespace StudyBot.Slack.Users;

/// <summary>What StudyBot needs from users.info.</summary>
/// <param name="Id">User id.</param>
/// <param name="DisplayName">Display name, else real name, else handle.</param>
/// <param name="IsAdmin">Workspace admin.</param>
/// <param name="IsOwner">Workspace owner or primary owner.</param>
/// <param name="TimeZoneId">IANA zone from the user's Slack profile, when known.</param>
public sealed record SlackUser(string Id, string DisplayName, bool IsAdmin, bool IsOwner, string? TimeZoneId)
{
    /// <summary>Admins and owners count as organizers of every group.</summary>
    public bool IsOrganizerEverywhere => IsAdmin || IsOwner;
}
