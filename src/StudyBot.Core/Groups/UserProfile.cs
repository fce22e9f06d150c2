namespace StudyBot.Core.Groups;

/// <summary>What a user set for themselves in a workspace, such as their own time zone.</summary>
public sealed class UserProfile
{
    /// <summary>Creates a profile.</summary>
    public UserProfile(long workspaceId, string userId)
    {
        WorkspaceId = workspaceId;
        UserId = userId;
    }

    /// <summary>Store key.</summary>
    public long Id { get; private set; }

    /// <summary>The workspace the user belongs to.</summary>
    public long WorkspaceId { get; private set; }

    /// <summary>The platform's user id.</summary>
    public string UserId { get; private set; }

    /// <summary>The user's own zone; null means "use each group's zone".</summary>
    public string? TimeZoneId { get; set; }
}
