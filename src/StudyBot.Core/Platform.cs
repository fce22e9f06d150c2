namespace StudyBot.Core;

/// <summary>The chat platform a workspace, user or message belongs to.</summary>
public enum Platform
{
    /// <summary>The local console adapter (no accounts needed).</summary>
    Console = 0,

    /// <summary>A Discord guild.</summary>
    Discord = 1,

    /// <summary>A Slack team.</summary>
    Slack = 2,
}
