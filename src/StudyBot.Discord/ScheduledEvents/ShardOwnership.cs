using StudyBot.Discord.Configuration;

namespace StudyBot.Discord.ScheduledEvents;

/// <summary>
/// Which guilds this instance looks after when several instances split the shards: each guild's
/// events are kept by the instance whose gateway shard serves it, so two instances never both
/// create the same event.
/// </summary>
internal static class ShardOwnership
{
    public static bool Owns(DiscordOptions options, string guildId)
    {
        if (options.ShardCount is not { } count || !ulong.TryParse(guildId, out var id))
        {
            return true;
        }

        var shard = (int)((id >> 22) % (ulong)count);
        return shard >= options.FirstShard && shard <= (options.LastShard ?? count - 1);
    }
}
