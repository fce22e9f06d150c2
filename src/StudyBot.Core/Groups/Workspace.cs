namespace StudyBot.Core.Groups;

/// <summary>A Discord guild, a Slack team, or the console: the space groups live in.</summary>
public sealed class Workspace
{
    /// <summary>Creates a workspace for a platform's external id.</summary>
    public Workspace(Platform platform, string externalId)
    {
        Platform = platform;
        ExternalId = externalId;
    }

    /// <summary>Store key.</summary>
    public long Id { get; private set; }

    /// <summary>Which platform the external id belongs to.</summary>
    public Platform Platform { get; private set; }

    /// <summary>The guild id, team id, or <c>console</c>.</summary>
    public string ExternalId { get; private set; }
}
