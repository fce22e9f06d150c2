using NodaTime;
using StudyBot.Application.Roles;
using StudyBot.Application.Work;
using StudyBot.Core.Meetings;
using StudyBot.Core.Work;

namespace StudyBot.Application.Meetings;

/// <summary>
/// Keeps a series' scheduled work in step with its meetings: a reminder per offset for every reminder
/// due before the next meeting starts (<see cref="ReminderHorizon"/>), the fixing of each of those meetings'
/// role rotations at the lead time, and an advance at that start which plans the series further.
/// </summary>
public sealed class MeetingPlanner(SeriesOccurrences occurrences, WorkPlanner work)
{
    private static readonly string[] Kinds = [MeetingReminderWork.Kind, MeetingAdvanceWork.Kind, RoleFixWork.Kind];

    /// <summary>
    /// Replans after the series changed at <paramref name="now"/>: reminders already past are left out.
    /// Returns the next occurrence, or null when none is left.
    /// </summary>
    public Task<PlannedOccurrence?> ReplanAsync(MeetingSeries series, DateTimeZone zone, Instant now, CancellationToken cancellationToken) =>
        PlanAsync(series, zone, now, after: now, cancellationToken);

    /// <summary>
    /// Plans further when the meeting that started at <paramref name="advancedAt"/> has begun. Reminders due
    /// from then on are planned even if already past (StudyBot was down): a late reminder still helps when
    /// its meeting has not begun, and the reminder handler drops it when it has. <paramref name="changes"/> are the
    /// series' changed occurrences when the caller read them for many series at once; null reads them here.
    /// </summary>
    public Task<PlannedOccurrence?> AdvanceAsync(MeetingSeries series, DateTimeZone zone, Instant advancedAt, Instant now, IReadOnlyCollection<OccurrenceChange>? changes, CancellationToken cancellationToken) =>
        PlanAsync(series, zone, now, after: advancedAt - Duration.Epsilon, cancellationToken, changes);

    /// <summary>Withdraws all of the series' planned work (the series was cancelled).</summary>
    public Task WithdrawAsync(MeetingSeries series, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        return work.ClearAsync(WorkOwner.Series(series.Id), Kinds, now, cancellationToken);
    }

    private async Task<PlannedOccurrence?> PlanAsync(MeetingSeries series, DateTimeZone zone, Instant now, Instant after, CancellationToken cancellationToken, IReadOnlyCollection<OccurrenceChange>? changes = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.CancelledAt is not null)
        {
            await WithdrawAsync(series, now, cancellationToken).ConfigureAwait(false);
            return null;
        }

        changes ??= await occurrences.ChangesAsync(series, cancellationToken).ConfigureAwait(false);
        var upcoming = EffectiveOccurrences.From(series.ToSchedule(), zone, now + Duration.Epsilon, changes);
        var plan = ReminderHorizon.Plan(upcoming, series.Offsets, after);
        var items = plan.Reminders.Select(r => MeetingReminderWork.Plan(series.Id, r)).ToList();
        if (plan.Advance is { } next)
        {
            items.Add(MeetingAdvanceWork.Plan(series.Id, next));
        }

        // Roles are fixed with the first reminder of each meeting planned now, and for the next meeting even when
        // its lead time has passed (roles added late, StudyBot down): fixing is done once whatever replans it.
        var meetings = plan.Reminders.Select(r => r.Occurrence).Append(plan.Advance).OfType<PlannedOccurrence>().DistinctBy(o => o.Original);
        items.AddRange(meetings
            .Select(o => RoleFixWork.Plan(series, o))
            .Where(w => w.DueAt > after || w.Key == (plan.Advance is { } first ? RoleFixWork.Plan(series, first).Key : null)));

        await work.ReplaceAsync(WorkOwner.Series(series.Id), Kinds, items, now, cancellationToken).ConfigureAwait(false);
        return plan.Advance;
    }
}
