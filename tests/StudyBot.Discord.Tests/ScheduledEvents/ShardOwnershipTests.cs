using StudyBot.Discord.Configuration;
using StudyBot.Discord.ScheduledEvents;

namespace StudyBot.Discord.Tests.ScheduledEvents;

public sealed class ShardOwnershipTests
{
    // (id >> 22) % 2: guild 4194304 (1 << 22) is on shard 1, guild 200 on shard 0.
    [Theory]
    [InlineData(null, 0, null, "200", true)]
    [InlineData(2, 0, 0, "200", true)]
    [InlineData(2, 0, 0, "4194304", false)]
    [InlineData(2, 1, null, "4194304", true)]
    public void Guild_IsKeptByTheInstanceRunningItsShard(int? count, int first, int? last, string guildId, bool owns)
    {
        var options = new DiscordOptions { ShardCount = count, FirstShard = first, LastShard = last };

        Assert.Equal(owns, ShardOwnership.Owns(options, guildId));
    }
}
