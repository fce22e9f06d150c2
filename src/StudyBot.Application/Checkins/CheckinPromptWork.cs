using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;
using StudyBot.Application.Work;
using StudyBot.Core.Checkins;
using StudyBot.Core.Work;
using StudyBot.Persistence;

namespace StudyBot.Application.Checkins;

/// <summary>
/// <c>checkin.prompt</c>: at the schedule's time in the member's zone, a prompt with a button that opens the
/// check-in form, unless they are away, paused, or already checked in that day; then the one nudge is planned
/// and the member's next prompt.
/// </summary>
public sealed partial class CheckinPromptWork(StudyBotDbContext db, CheckinCalendar calendar, CheckinPlanner planner, WorkPlanner work, CheckinOutbox outbox, ILogger<CheckinPromptWork> logger) : IScheduledWorkHandler
{
    /// <summary>A prompt this late (StudyBot was down) is no longer worth sending; the next one comes as planned.</summary>
    public static readonly Duration StaleAfter = Duration.FromHours(12);

    /// <inheritdoc />
    public static string Kind => "checkin.prompt";

    /// <summary>The prompt of <paramref name="payload"/>'s member and day.</summary>
    public static PlannedWork Plan(long groupId, CheckinWorkPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return new PlannedWork(Kind, $"{Kind}:{payload.KeyFor(groupId)}", payload.PromptInstant, WorkPayload.Serialize(payload));
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
                if (member is null || await SkipAsync(group.Id, workspace.Id, payload, cancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                if (now - payload.PromptInstant > StaleAfter)
                {
                    LogStale(logger, group.Id, payload.UserId, payload.Date);
                    continue;
                }

                var streak = await calendar.StreakAsync(group, schedule, member, now, cancellationToken).ConfigureAwait(false);
                var prompt = CheckinMessages.Prompt(group, payload.UserId, payload.Day, schedule.Delivery, streak.State);
                outbox.Add(CheckinMessages.To(workspace, group, payload.UserId, schedule.Delivery, prompt, $"{Kind}:{payload.KeyFor(group.Id)}"), payload.PromptInstant + StaleAfter);
                await work.PlanAsync(WorkOwner.Group(group.Id), CheckinNudgeWork.Plan(group.Id, payload, schedule.NudgeAfter), now, cancellationToken).ConfigureAwait(false);
            }

            await planner.ReplanAsync(group, now, cancellationToken).ConfigureAwait(false);
        }

        await outbox.SendAsync(now, cancellationToken).ConfigureAwait(false);
    }

    // Away that day, paused, or checked in already (with /checkin now): no prompt, and no nudge either.
    private async Task<bool> SkipAsync(long groupId, long workspaceId, CheckinWorkPayload payload, CancellationToken cancellationToken) =>
        await calendar.IsPausedAsync(groupId, payload.UserId, cancellationToken).ConfigureAwait(false)
        || await calendar.IsAwayAsync(workspaceId, payload.UserId, payload.Day, cancellationToken).ConfigureAwait(false)
        || await db.Checkins.AnyAsync(c => c.GroupId == groupId && c.UserId == payload.UserId && c.LocalDate == payload.Day, cancellationToken).ConfigureAwait(false);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Did not prompt {UserId} in group {GroupId} for {Date}: the prompt fell due while StudyBot was down")]
    private static partial void LogStale(ILogger logger, long groupId, string userId, string date);
}
