using Microsoft.EntityFrameworkCore;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Support;

/// <summary>How many rows each table holds, to prove a refused command stored nothing.</summary>
internal sealed record StoreCounts(int Workspaces, int Groups, int GroupMembers, int UserProfiles, int Series = 0, int Changes = 0, int Rsvps = 0, int Attendance = 0, int Planned = 0, int Outbox = 0, int ExternalEvents = 0, int Roles = 0, int RoleAssignments = 0, int AwayPeriods = 0)
{
    public static async Task<StoreCounts> ReadAsync(CommandHarness harness)
    {
        await using var db = harness.Db();
        return new StoreCounts(
            await db.Workspaces.CountAsync(),
            await db.Groups.CountAsync(),
            await db.GroupMembers.CountAsync(),
            await db.UserProfiles.CountAsync(),
            await db.MeetingSeries.CountAsync(),
            await db.OccurrenceChanges.CountAsync(),
            await db.Rsvps.CountAsync(),
            await db.Attendance.CountAsync(),
            await db.ScheduledWork.CountAsync(),
            await db.Outbox.CountAsync(),
            await db.ExternalEvents.CountAsync(),
            await db.MeetingRoles.CountAsync(),
            await db.RoleAssignments.CountAsync(),
            await db.AwayPeriods.CountAsync());
    }
}
