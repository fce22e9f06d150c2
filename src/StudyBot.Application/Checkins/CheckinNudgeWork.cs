using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Application.Work;
using StudyBot.Core.Work;
using StudyBot.Persistence;

namespace StudyBot.Application.Checkins;

/// <summary>
/// <c>checkin.nudge</c>: the schedule's delay after a prompt, one nudge to a member who has not checked in for
/// that day, warning when their streak is about to break. Its key is the member's day, so there is never a second.
/// </summary>
public sealed class CheckinNudgeWork(StudyBotDbContext db, CheckinCalendar calendar, CheckinOutbox outbox) : IScheduledWorkHandler
{
    /// <inheritdoc />
    public static string Kind => "checkin.nudge";

    /// <summary>The nudge following the prompt of <paramref name="payload"/>.</summary>
    public static PlannedWork Plan(long groupId, CheckinWorkPayload payload, Duration after)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return new PlannedWork(Kind, $"{Kind}:{payload.KeyFor(groupId)}", payload.PromptInstant + after, WorkPayload.Serialize(payload));
    }

    /// <inheritdoc />
    public async Task HandleAsync(IReadOnlyList<ScheduledWork> due, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        foreach (var batch in due.GroupBy(w => w.OwnerId))
        {
            if (await CheckinGroup.LoadAsync(db, batch.Key, cancellationToken).ConfigureAwait(false) is not var (group, schedule, workspace))
            {
                continue;
            }

            foreach (var item in batch)
            {
                var payload = WorkPayload.Deserialize<CheckinWorkPayload>(item.Payload);
                var member = group.FindMember(payload.UserId);
                var day = payload.Day;
                if (member is null
                    || await db.Checkins.AnyAsync(c => c.GroupId == group.Id && c.UserId == payload.UserId && (c.LocalDate == day || c.At >= payload.PromptInstant), cancellationToken).ConfigureAwait(false)
                    || await calendar.IsPausedAsync(group.Id, payload.UserId, cancellationToken).ConfigureAwait(false)
                    || await calendar.IsAwayAsync(workspace.Id, payload.UserId, day, cancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                var streak = await calendar.StreakAsync(group, schedule, member, now, cancellationToken).ConfigureAwait(false);
                var nudge = CheckinMessages.Nudge(group, payload.UserId, day, schedule.Delivery, streak.State);

                // Not worth sending once the member's day is over.
                var endOfDay = schedule.NextPrompt(payload.PromptInstant, streak.Zone).ToInstant();
                outbox.Add(CheckinMessages.To(workspace, group, payload.UserId, schedule.Delivery, nudge, $"{Kind}:{payload.KeyFor(group.Id)}"), endOfDay);
            }
        }

        await outbox.SendAsync(now, cancellationToken).ConfigureAwait(false);
    }
}
