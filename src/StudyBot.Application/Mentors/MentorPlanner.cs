using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Application.Checkins;
using StudyBot.Application.Work;
using StudyBot.Core.Groups;
using StudyBot.Core.Mentors;
using StudyBot.Core.Work;
using StudyBot.Persistence;

namespace StudyBot.Application.Mentors;

/// <summary>
/// Keeps each pairing's next weekly work planned: the mentor's summary at the slot in the mentor's zone, the member's
/// note at the slot in the member's zone (own zone, else the group's). Keys name the period, so each comes once.
/// </summary>
public sealed class MentorPlanner(StudyBotDbContext db, CheckinCalendar calendar, WorkPlanner work)
{
    /// <summary>The owner type of a pairing's work.</summary>
    public const string OwnerType = "mentorship";

    private static readonly string[] WeeklyKinds = [MentorSummaryWork.Kind, MentorPromptWork.Kind];

    /// <summary>The owner of a pairing's work.</summary>
    public static WorkOwner Owner(long mentorshipId) => new(OwnerType, mentorshipId);

    /// <summary>Plans the pairing's next summary and note after <paramref name="now"/>.</summary>
    public async Task ReplanAsync(Mentorship mentorship, Group group, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentorship);
        var zones = await calendar.ZonesAsync(group, [mentorship.MemberUserId, mentorship.MentorUserId], cancellationToken).ConfigureAwait(false);
        var summary = MentorWorkPayload.For(mentorship.Cadence.Next(now, zones[mentorship.MentorUserId]));
        var prompt = MentorWorkPayload.For(mentorship.Cadence.Next(now, zones[mentorship.MemberUserId]));
        await work.ReplaceAsync(Owner(mentorship.Id), WeeklyKinds, [MentorSummaryWork.Plan(mentorship.Id, summary), MentorPromptWork.Plan(mentorship.Id, prompt)], now, cancellationToken, keepDue: true).ConfigureAwait(false);
    }

    /// <summary>Replans every open pairing of the workspace in which <paramref name="userId"/> is the member or the mentor (their zone changed).</summary>
    public async Task ReplanForPersonAsync(long workspaceId, string userId, Instant now, CancellationToken cancellationToken)
    {
        var pairs = await db.Mentorships
            .Where(m => m.EndedAt == null && (m.MemberUserId == userId || m.MentorUserId == userId))
            .Join(db.Groups.Where(g => g.WorkspaceId == workspaceId).Include(g => g.Members), m => m.GroupId, g => g.Id, (m, g) => new { Mentorship = m, Group = g })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var pair in pairs)
        {
            await ReplanAsync(pair.Mentorship, pair.Group, now, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Removes all the pairing's pending work (it was unlinked).</summary>
    public Task ClearAsync(Mentorship mentorship, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentorship);
        return work.ClearAsync(Owner(mentorship.Id), [.. WeeklyKinds, MentorReminderWork.Kind], now, cancellationToken);
    }
}
