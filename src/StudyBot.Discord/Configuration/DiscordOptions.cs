namespace StudyBot.Discord.Configuration;

/// <summary>Settings of the Discord adapter, bound from the <c>Discord</c> configuration section.</summary>
public sealed class DiscordOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Discord";

    /// <summary>Bot token (a secret: from environment variables or user secrets, never logged).</summary>
    public string? Token { get; set; }

    /// <summary>The application's id (Developer Portal, General Information).</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The application's Ed25519 public key in hex; turns on <c>POST /discord/interactions</c>.</summary>
    public string? PublicKey { get; set; }

    /// <summary>A guild to register commands in instantly (development); global registration otherwise.</summary>
    public string? DevGuildId { get; set; }

    /// <summary>REST base address.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>Overrides the gateway address returned by <c>GET /gateway/bot</c>.</summary>
    public Uri? GatewayUrl { get; set; }

    /// <summary>Total shards across all instances; null takes Discord's recommendation.</summary>
    public int? ShardCount { get; set; }

    /// <summary>First shard id this instance runs.</summary>
    public int FirstShard { get; set; }

    /// <summary>Last shard id this instance runs; null means the last of <see cref="ShardCount"/>.</summary>
    public int? LastShard { get; set; }

    /// <summary>Whether to run the gateway at all (an HTTP-only deployment can turn it off).</summary>
    public bool Gateway { get; set; } = true;

    /// <summary>Whether to bulk-overwrite commands at start when the catalog changed.</summary>
    public bool RegisterCommands { get; set; } = true;

    /// <summary>
    /// How long a handler may run before the interaction is deferred; well under Discord's 3 s so the
    /// deferral itself still arrives in time.
    /// </summary>
    public TimeSpan AckDeadline { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Invalid requests (401, 403, 429) allowed per 10 minutes before the adapter stops sending;
    /// a tenth of the 10,000 that gets the IP banned.
    /// </summary>
    public int InvalidRequestBudget { get; set; } = 1000;

    /// <summary>
    /// How often meetings are compared with the Discord events that mirror them, besides right after a
    /// command changed them and when a mirrored meeting starts (which also catches other instances' changes).
    /// </summary>
    public TimeSpan EventSyncInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The product URL in the User-Agent Discord asks bots to send.</summary>
    public Uri ProjectUrl { get; set; } = new("https://github.com/studybot/studybot");
}
