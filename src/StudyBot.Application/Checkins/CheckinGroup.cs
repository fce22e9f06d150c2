using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Checkins;
using StudyBot.Core.Groups;
using StudyBot.Persistence;

namespace StudyBot.Application.Checkins;

/// <summary>A group with its check-in schedule and workspace, as the check-in work kinds need them.</summary>
/// <param name="Group">The group and its members.</param>
/// <param name="Schedule">Its schedule.</param>
/// <param name="Workspace">Where its messages go.</param>
public sealed record CheckinGroup(Group Group, CheckinSchedule Schedule, Workspace Workspace)
{
    /// <summary>The group, or null when it or its schedule is gone (work planned before either was removed).</summary>
    public static async Task<CheckinGroup?> LoadAsync(StudyBotDbContext db, long groupId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var group = await db.Groups.Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken).ConfigureAwait(false);
        var schedule = await db.CheckinSchedules.SingleOrDefaultAsync(s => s.GroupId == groupId, cancellationToken).ConfigureAwait(false);
        if (group is null || schedule is null)
        {
            return null;
        }

        var workspace = await db.Workspaces.SingleAsync(w => w.Id == group.WorkspaceId, cancellationToken).ConfigureAwait(false);
        return new CheckinGroup(group, schedule, workspace);
    }
}
