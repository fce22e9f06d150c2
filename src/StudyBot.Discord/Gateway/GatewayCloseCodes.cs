namespace StudyBot.Discord.Gateway;

/// <summary>Discord's gateway close codes and what each means for the shard.</summary>
internal static class GatewayCloseCodes
{
    public static CloseOutcome Classify(int? code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => CloseOutcome.Fatal,
        4007 or 4009 => CloseOutcome.Reidentify,
        _ => CloseOutcome.Resume,
    };

    /// <summary>The log line that tells the operator what to fix.</summary>
    public static string Explain(int? code) => code switch
    {
        4004 => "4004 Authentication failed: Discord:Token is wrong or was reset. Copy a fresh token from the Developer Portal's Bot page.",
        4010 => "4010 Invalid shard: check Discord:ShardCount, FirstShard and LastShard.",
        4011 => "4011 Sharding required: the bot is in too many guilds for one shard; set Discord:ShardCount.",
        4012 => "4012 Invalid API version: Discord no longer serves gateway v10 at this address.",
        4013 => "4013 Invalid intents: the intents value is malformed.",
        4014 => "4014 Disallowed intents: a privileged intent is requested but not enabled in the Developer Portal.",
        _ => $"close code {code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}",
    };
}
