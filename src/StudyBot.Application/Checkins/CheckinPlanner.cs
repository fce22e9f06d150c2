using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Application.Work;
using StudyBot.Core.Checkins;
using StudyBot.Core.Groups;
using StudyBot.Core.Work;
using StudyBot.Persistence;

namespace StudyBot.Application.Checkins;

/// <summary>
/// Plans a group's check-in work: each member's next prompt at the schedule's time in their own zone, and
/// the next digest in the group's. Replanned whenever the schedule, the members, a pause or a zone changes,
/// and after each prompt and digest, so exactly the next one of each is always waiting.
/// </summary>
public sealed class CheckinPlanner(StudyBotDbContext db, WorkPlanner planner, CheckinCalendar calendar)
{
    private static readonly string[] Kinds = [CheckinPromptWork.Kind, CheckinDigestWork.Kind];

    /// <summary>Replans <paramref name="group"/>'s prompts and digest from <paramref name="now"/>.</summary>
    public async Task ReplanAsync(Group group, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var owner = WorkOwner.Group(group.Id);
        var schedule = await db.CheckinSchedules.SingleOrDefaultAsync(s => s.GroupId == group.Id, cancellationToken).ConfigureAwait(false);
        var pauses = await db.CheckinPauses.Where(p => p.GroupId == group.Id && p.Until == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (schedule is null || pauses.Exists(p => p.UserId is null))
        {
            await planner.ClearAsync(owner, Kinds, now, cancellationToken).ConfigureAwait(false);
            return;
        }

        var members = group.Members.Where(m => !pauses.Exists(p => p.UserId == m.UserId)).Select(m => m.UserId).ToList();
        var zones = await calendar.ZonesAsync(group, members, cancellationToken).ConfigureAwait(false);
        var work = members
            .Select(m => CheckinPromptWork.Plan(group.Id, CheckinWorkPayload.For(m, schedule.NextPrompt(now, zones[m]))))
            .Append(CheckinDigestWork.Plan(group.Id, schedule.NextDigest(now, group.Zone())));

        // A prompt that fell due a moment ago is still to be sent; a plan from "now" would drop it.
        await planner.ReplaceAsync(owner, Kinds, work, now, cancellationToken, keepDue: true).ConfigureAwait(false);
    }

    /// <summary>Replans every group of the workspace with a schedule that <paramref name="userId"/> belongs to (their zone changed).</summary>
    public async Task ReplanForMemberAsync(long workspaceId, string userId, Instant now, CancellationToken cancellationToken)
    {
        var groups = await db.Groups.Include(g => g.Members)
            .Where(g => g.WorkspaceId == workspaceId && g.Members.Any(m => m.UserId == userId) && db.CheckinSchedules.Any(s => s.GroupId == g.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var group in groups)
        {
            await ReplanAsync(group, now, cancellationToken).ConfigureAwait(false);
        }
    }
}
