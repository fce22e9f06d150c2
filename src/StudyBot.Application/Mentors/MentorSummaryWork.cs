using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Application.Checkins;
using StudyBot.Application.Work;
using StudyBot.Core.Goals;
using StudyBot.Core.Work;
using StudyBot.Persistence;

namespace StudyBot.Application.Mentors;

/// <summary>
/// <c>mentor.summary</c>: at the pairing's slot in the mentor's zone, the mentor gets the member's check-ins and goal
/// progress of the week before it in a DM with a Reply button; one reminder follows a day later if they do not answer.
/// </summary>
public sealed class MentorSummaryWork(StudyBotDbContext db, MentorPlanner planner, WorkPlanner work, CheckinOutbox outbox) : IScheduledWorkHandler
{
    /// <summary>How long after the summary an unanswered check-in brings the mentor a reminder.</summary>
    public static readonly Duration RemindAfter = Duration.FromDays(1);

    /// <inheritdoc />
    public static string Kind => "mentor.summary";

    /// <summary>The summary of the period ending at <paramref name="payload"/>'s slot.</summary>
    public static PlannedWork Plan(long mentorshipId, MentorWorkPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return new PlannedWork(Kind, payload.KeyFor(Kind, mentorshipId), payload.Slot, WorkPayload.Serialize(payload));
    }

    /// <inheritdoc />
    public async Task HandleAsync(IReadOnlyList<ScheduledWork> due, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        foreach (var item in due)
        {
            if (await MentorPair.LoadAsync(db, item.OwnerId, cancellationToken).ConfigureAwait(false) is not { } pair)
            {
                continue;
            }

            var (mentorship, group, _) = pair;
            var payload = WorkPayload.Deserialize<MentorWorkPayload>(item.Payload);
            var since = payload.Slot - Duration.FromDays(7);
            var checkins = await db.Checkins
                .Where(c => c.GroupId == group.Id && c.UserId == mentorship.MemberUserId && c.At >= since && c.At < payload.Slot)
                .OrderBy(c => c.At).ToListAsync(cancellationToken).ConfigureAwait(false);
            var groupId = group.Id;
            var steps = await (
                from step in db.GoalProgress
                join goal in db.Goals on step.GoalId equals goal.Id
                where goal.GroupId == groupId && step.UserId == mentorship.MemberUserId && step.At >= since && step.At < payload.Slot
                select new { goal.Title, goal.Unit, step.Amount, step.At })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var progress = steps.OrderBy(s => s.At).Select(s => (s.Title, "+" + GoalTarget.Describe(s.Amount, s.Unit))).ToList();

            var summary = MentorMessages.Summary(mentorship, group, payload.Day, checkins, progress);
            outbox.Add(pair.DirectMessage(mentorship.MentorUserId, summary, payload.KeyFor(Kind, mentorship.Id)), payload.Slot + Duration.FromDays(6));
            await work.PlanAsync(MentorPlanner.Owner(mentorship.Id), MentorReminderWork.Plan(mentorship.Id, payload, RemindAfter), now, cancellationToken).ConfigureAwait(false);
            await planner.ReplanAsync(mentorship, group, now, cancellationToken).ConfigureAwait(false);
        }

        await outbox.SendAsync(now, cancellationToken).ConfigureAwait(false);
    }
}
