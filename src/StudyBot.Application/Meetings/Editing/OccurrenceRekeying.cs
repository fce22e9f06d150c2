using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Core.Meetings;
using StudyBot.Core.Roles;
using StudyBot.Persistence;

namespace StudyBot.Application.Meetings.Editing;

/// <summary>
/// After an edit, moves what is recorded about meetings from its first day on (skips and moves, RSVPs, fixed
/// roles) to the same day's meeting under the new rule and series. A day the new rule does not meet on loses
/// them: its skip or move is reported, its answers and roles go with it.
/// </summary>
public sealed class OccurrenceRekeying(StudyBotDbContext db)
{
    /// <summary>Follows the records of <paramref name="from"/> on; returns the days whose skip or move was dropped.</summary>
    public async Task<IReadOnlyList<LocalDate>> FollowAsync(MeetingSeries source, MeetingSeries target, LocalDate from, MeetingSchedule schedule, DateTimeZone zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var start = from.AtMidnight();
        var slots = new Dictionary<LocalDate, Occurrence?>();
        Occurrence? SlotOn(LocalDate date) => slots.TryGetValue(date, out var slot) ? slot : slots[date] = Occurrences.OnDate(schedule, zone, date);
        bool Unchanged(LocalDateTime original) => source.Id == target.Id && SlotOn(original.Date)?.Local == original;

        // Each kind of record is replaced by a copy on the same day's new slot, or removed when the new rule skips that day.
        void Follow<T>(DbSet<T> set, List<T> rows, Func<T, LocalDateTime> original, Func<T, Occurrence, T> copy)
            where T : class
        {
            foreach (var row in rows.Where(r => !Unchanged(original(r))))
            {
                set.Remove(row);
                if (SlotOn(original(row).Date) is { } slot)
                {
                    set.Add(copy(row, slot));
                }
            }
        }

        var changes = await db.OccurrenceChanges.Where(c => c.SeriesId == source.Id && c.OriginalStart >= start).ToListAsync(cancellationToken).ConfigureAwait(false);
        var dropped = changes.Where(c => !Unchanged(c.OriginalStart) && SlotOn(c.OriginalStart.Date) is null).Select(c => c.OriginalStart.Date).ToList();
        Follow(db.OccurrenceChanges, changes, c => c.OriginalStart, (c, slot) => new OccurrenceChange(target.Id, slot.Local, c.Kind, c.NewStart, c.ChangedBy, c.ChangedAt));

        var rsvps = await db.Rsvps.Where(r => r.SeriesId == source.Id && r.Occurrence >= start).ToListAsync(cancellationToken).ConfigureAwait(false);
        Follow(db.Rsvps, rsvps, r => r.Occurrence, (r, slot) => new Rsvp(target.Id, slot.Local, r.UserId, r.Status, r.AnsweredAt));

        var roles = await db.RoleAssignments.Where(a => a.SeriesId == source.Id && a.Occurrence >= start).ToListAsync(cancellationToken).ConfigureAwait(false);
        Follow(db.RoleAssignments, roles, a => a.Occurrence, (a, slot) => new RoleAssignment(a.GroupId, target.Id, slot.Local, slot.Start, a.RoleId, a.UserId, a.Source, a.FixedAt));

        dropped.Sort();
        return dropped;
    }
}
