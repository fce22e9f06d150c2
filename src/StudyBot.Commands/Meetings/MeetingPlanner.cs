using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Commands.Meetings;

/// <summary>
/// Expands a series into the occurrences that will really happen (rule, minus skipped and cancelled,
/// plus moves) and keeps its planned reminders in step: only the next occurrence is planned, with a
/// reminder row per offset and an Advance row at its start that plans the one after.
/// </summary>
public sealed class MeetingPlanner(StudyBotDbContext db)
{
    /// <summary>The rule of a stored series.</summary>
    public static MeetingSchedule ScheduleOf(MeetingSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var recurrence = Recurrence.FromStorage(series.Recurrence);
        if (!recurrence.IsSuccess)
        {
            throw new InvalidOperationException($"Series {series.Id} has an unreadable recurrence '{series.Recurrence}'.");
        }

        var schedule = MeetingSchedule.Create(series.FirstStart, recurrence.Value!, series.Until, series.Count);
        return schedule.IsSuccess ? schedule.Value! : throw new InvalidOperationException($"Series {series.Id} is invalid: {schedule.Error.Message}");
    }

    /// <summary>Up to <paramref name="take"/> occurrences starting at or after <paramref name="from"/>, in order.</summary>
    public async Task<IReadOnlyList<PlannedOccurrence>> UpcomingAsync(MeetingSeries series, DateTimeZone zone, Instant from, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.CancelledAt is not null)
        {
            return [];
        }

        var changes = await db.OccurrenceChanges.Where(c => c.SeriesId == series.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return Merge(series, zone, from, take, changes);
    }

    /// <summary>The effective occurrence whose slot or actual day is <paramref name="date"/>.</summary>
    public async Task<(PlannedOccurrence? Occurrence, OccurrenceChange? Change)> OnDateAsync(MeetingSeries series, DateTimeZone zone, LocalDate date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        var changes = await db.OccurrenceChanges.Where(c => c.SeriesId == series.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var slot = Occurrences.OnDate(ScheduleOf(series), zone, date);
        var change = slot is null ? null : changes.Find(c => c.OriginalStart == slot.Local);
        var moved = changes.Find(c => c.Kind == OccurrenceChangeKind.Moved && c.NewStart?.Date == date);
        if (moved is not null && (slot is null || change is not null))
        {
            return (ToPlanned(moved, zone), moved);
        }

        return slot is null ? (null, null) : (new PlannedOccurrence(slot.Local, change?.NewStart ?? slot.Local, change?.NewStart is { } n ? Occurrences.Resolve(n, zone) : slot.Start, change?.Kind == OccurrenceChangeKind.Moved), change);
    }

    /// <summary>
    /// Replaces the series' planned reminders with those of its next occurrence after <paramref name="now"/>.
    /// Reminders already past are left out, unless <paramref name="includeOverdue"/> (catching up after
    /// downtime, when a late reminder still helps if the meeting has not begun).
    /// </summary>
    public async Task<PlannedOccurrence?> ReplanAsync(MeetingSeries series, DateTimeZone zone, Instant now, bool includeOverdue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        var existing = await db.PlannedReminders.Where(r => r.SeriesId == series.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        db.PlannedReminders.RemoveRange(existing);

        var upcoming = await UpcomingAsync(series, zone, now + Duration.FromTicks(1), 1, cancellationToken).ConfigureAwait(false);
        if (upcoming.Count == 0)
        {
            return null;
        }

        var next = upcoming[0];
        foreach (var offset in series.Offsets)
        {
            var due = next.Start - offset;
            if (due > now || includeOverdue)
            {
                db.PlannedReminders.Add(new PlannedReminder(series.Id, next.Original, next.Start, PlannedReminderKind.Reminder, (int)offset.TotalMinutes, due));
            }
        }

        db.PlannedReminders.Add(new PlannedReminder(series.Id, next.Original, next.Start, PlannedReminderKind.Advance, 0, next.Start));
        return next;
    }

    /// <summary>The zone of a group's meetings.</summary>
    public static DateTimeZone ZoneOf(Group group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return TimeZones.Resolve(group.TimeZoneId);
    }

    private static List<PlannedOccurrence> Merge(MeetingSeries series, DateTimeZone zone, Instant from, int take, List<OccurrenceChange> changes)
    {
        var changed = changes.ToDictionary(c => c.OriginalStart);
        var fromRule = Occurrences.From(ScheduleOf(series), zone, from)
            .Where(o => !changed.ContainsKey(o.Local))
            .Take(take)
            .Select(o => new PlannedOccurrence(o.Local, o.Local, o.Start, Moved: false));
        var moved = changes.Where(c => c.Kind == OccurrenceChangeKind.Moved).Select(c => ToPlanned(c, zone)).Where(p => p.Start >= from);
        return fromRule.Concat(moved).OrderBy(p => p.Start).Take(take).ToList();
    }

    private static PlannedOccurrence ToPlanned(OccurrenceChange moved, DateTimeZone zone) =>
        new(moved.OriginalStart, moved.NewStart!.Value, Occurrences.Resolve(moved.NewStart.Value, zone), Moved: true);
}
