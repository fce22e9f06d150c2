using Microsoft.EntityFrameworkCore;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Support;

/// <summary>How many rows each foundation table holds, to prove a refused command stored nothing.</summary>
internal sealed record StoreCounts(int Workspaces, int Groups, int GroupMembers, int UserProfiles)
{
    public static async Task<StoreCounts> ReadAsync(CommandHarness harness)
    {
        await using var db = harness.Db();
        return new StoreCounts(
            await db.Workspaces.CountAsync(),
            await db.Groups.CountAsync(),
            await db.GroupMembers.CountAsync(),
            await db.UserProfiles.CountAsync());
    }
}
