namespace StudyBot.Slack.Api;

/// <summary>Slack's published Web API tiers (requests per minute per method per workspace).</summary>
internal enum RateLimitTier
{
    /// <summary>1+ per minute.</summary>
    Tier1 = 1,

    /// <summary>20+ per minute.</summary>
    Tier2 = 2,

    /// <summary>50+ per minute.</summary>
    Tier3 = 3,

    /// <summary>100+ per minute.</summary>
    Tier4 = 4,

    /// <summary>chat.postMessage: about one message per second per channel.</summary>
    PostMessage = 5,
}
