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

        var dropped = new List<LocalDate>();
        var changes = await db.OccurrenceChanges.Where(c => c.SeriesId == source.Id && c.OriginalStart >= start).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var change in changes.Where(c => !Unchanged(c.OriginalStart)))
        {
            db.OccurrenceChanges.Remove(change);
            if (SlotOn(change.OriginalStart.Date) is { } slot)
            {
                db.OccurrenceChanges.Add(new OccurrenceChange(target.Id, slot.Local, change.Kind, change.NewStart, change.ChangedBy, change.ChangedAt));
            }
            else
            {
                dropped.Add(change.OriginalStart.Date);
            }
        }

        var rsvps = await db.Rsvps.Where(r => r.SeriesId == source.Id && r.Occurrence >= start).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var rsvp in rsvps.Where(r => !Unchanged(r.Occurrence)))
        {
            db.Rsvps.Remove(rsvp);
            if (SlotOn(rsvp.Occurrence.Date) is { } slot)
            {
                db.Rsvps.Add(new Rsvp(target.Id, slot.Local, rsvp.UserId, rsvp.Status, rsvp.AnsweredAt));
            }
        }

        var roles = await db.RoleAssignments.Where(a => a.SeriesId == source.Id && a.Occurrence >= start).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var role in roles.Where(a => !Unchanged(a.Occurrence)))
        {
            db.RoleAssignments.Remove(role);
            if (SlotOn(role.Occurrence.Date) is { } slot)
            {
                db.RoleAssignments.Add(new RoleAssignment(role.GroupId, target.Id, slot.Local, slot.Start, role.RoleId, role.UserId, role.Source, role.FixedAt));
            }
        }

        dropped.Sort();
        return dropped;
    }
}
