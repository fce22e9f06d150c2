using Microsoft.EntityFrameworkCore;
using StudyBot.Application.Goals;
using StudyBot.Application.Groups;
using StudyBot.Core.Checkins;
using StudyBot.Core.Goals;
using StudyBot.Core.Groups;
using StudyBot.Core.Results;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Checkins;

/// <summary>
/// Records a submitted check-in and the goal progress that came with it, all or nothing: one bad amount and
/// the whole check-in is refused with that one reason, so the member can fix it and send it again.
/// </summary>
public sealed class CheckinRecorder(StudyBotDbContext db, GoalTracker goals, CheckinCalendar calendar, TimeProvider time)
{
    /// <summary>The form <c>/checkin now</c> and the prompt's button open for <paramref name="invoker"/>.</summary>
    public async Task<Result<Core.Messaging.FormRequest>> FormAsync(Group group, Invoker invoker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        if (!Permissions.IsMember(group, invoker))
        {
            return Result<Core.Messaging.FormRequest>.Fail(Permissions.MembersOnly(group, "check in"));
        }

        var open = await goals.OpenForAsync(group.Id, invoker.UserId, cancellationToken).ConfigureAwait(false);
        return CheckinMessages.Form(group, open);
    }

    /// <summary>Records the check-in from the form's <paramref name="values"/>.</summary>
    public async Task<Result<CheckinRecorded>> RecordAsync(Group group, Invoker invoker, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        ArgumentNullException.ThrowIfNull(values);
        var member = group.FindMember(invoker.UserId);
        if (member is null)
        {
            return Result<CheckinRecorded>.Fail(Permissions.MembersOnly(group, "check in"));
        }

        var now = time.Now();
        var zone = (await calendar.ZonesAsync(group, [invoker.UserId], cancellationToken).ConfigureAwait(false))[invoker.UserId];
        var created = Checkin.Create(group.Id, invoker.UserId, now, now.InZone(zone).Date, values.GetValueOrDefault(CheckinMessages.DidField), values.GetValueOrDefault(CheckinMessages.BlockersField));
        if (!created.IsSuccess)
        {
            return created.Error;
        }

        // Every amount is checked before anything changes.
        var open = await goals.OpenForAsync(group.Id, invoker.UserId, cancellationToken).ConfigureAwait(false);
        var steps = new List<(Goal Goal, decimal Amount)>();
        foreach (var (key, typed) in values.Where(v => v.Key.StartsWith(CheckinMessages.GoalFieldPrefix, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(v.Value)))
        {
            var goal = open.FirstOrDefault(g => CheckinMessages.GoalFieldPrefix + g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == key);
            if (goal is null)
            {
                return Result<CheckinRecorded>.Fail($"The goal {key[CheckinMessages.GoalFieldPrefix.Length..]} is no longer open (done or dropped since the form opened); the check-in was not saved. Send it again without it.");
            }

            var amount = GoalAmount.Parse(typed, goal);
            if (!amount.IsSuccess)
            {
                return Result<CheckinRecorded>.Fail(amount.Error.Message + " The check-in was not saved.");
            }

            if (goal.Check(amount.Value, null) is { } problem)
            {
                return Result<CheckinRecorded>.Fail(problem.Message + " The check-in was not saved.");
            }

            steps.Add((goal, amount.Value));
        }

        var checkin = created.Value!;
        db.Checkins.Add(checkin);
        var note = checkin.Did.Length <= GoalLimits.NoteMaxLength ? checkin.Did : string.Concat(checkin.Did.AsSpan(0, GoalLimits.NoteMaxLength - 1), "…");
        foreach (var (goal, amount) in steps)
        {
            goal.Record(invoker.UserId, amount, note, now);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var schedule = await db.CheckinSchedules.SingleOrDefaultAsync(s => s.GroupId == group.Id, cancellationToken).ConfigureAwait(false);
        var streak = schedule is null ? null : (await calendar.StreakAsync(group, schedule, member, now, cancellationToken).ConfigureAwait(false)).State;
        return new CheckinRecorded(group, checkin, steps.Select(s => s.Goal).ToList(), streak);
    }
}

/// <summary>A recorded check-in.</summary>
/// <param name="Group">The group.</param>
/// <param name="Checkin">What was stored.</param>
/// <param name="Moved">Goals that moved with it.</param>
/// <param name="Streak">The member's streak now; null when the group has no schedule.</param>
public sealed record CheckinRecorded(Group Group, Checkin Checkin, IReadOnlyList<Goal> Moved, StreakState? Streak);
