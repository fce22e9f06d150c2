namespace StudyBot.Discord.Gateway;

/// <summary>
/// The fewest intents StudyBot needs, none privileged: guild lifecycle and native poll votes.
/// Interactions arrive without any intent; message content and the member list are not needed.
/// </summary>
internal static class GatewayIntents
{
    public const int Guilds = 1 << 0;
    public const int GuildMessagePolls = 1 << 24;
    public const int DirectMessagePolls = 1 << 25;

    public const int StudyBot = Guilds | GuildMessagePolls | DirectMessagePolls;
}
