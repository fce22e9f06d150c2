using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Results;
using StudyBot.Persistence;

namespace StudyBot.Application.Meetings;

/// <summary>Organizers record who came to a meeting, and read it back with the RSVPs.</summary>
public sealed class MeetingAttendance(StudyBotDbContext db, OccurrenceLookup lookup)
{
    /// <summary>
    /// Records the people in <paramref name="present"/> as present at the occurrence on <paramref name="date"/>, or
    /// without a date at the latest meeting that has started.
    /// </summary>
    public async Task<Result<AttendanceRecorded>> RecordAsync(Group group, string? meeting, string? date, IReadOnlyList<UserMention> present, Invoker invoker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(present);
        ArgumentNullException.ThrowIfNull(invoker);
        var held = await HeldAsync(group, meeting, date, cancellationToken).ConfigureAwait(false);
        if (!held.IsSuccess)
        {
            return held.Error;
        }

        var (series, occurrence, zone, now) = held.Value!;
        if (occurrence.Start > now)
        {
            return new UserError($"{series.Title} on {occurrence.Local.Date:ddd d MMM uuuu} has not started yet; record attendance once it has.");
        }

        var recorded = new List<GroupMember>();
        foreach (var person in present)
        {
            var member = group.FindMember(person.Id);
            if (member is null)
            {
                return new UserError($"{person.DisplayName} is not a member of {group.Name}; only members' attendance is recorded.");
            }

            if (!await db.Attendance.AnyAsync(a => a.SeriesId == series.Id && a.Occurrence == occurrence.Original && a.UserId == person.Id, cancellationToken).ConfigureAwait(false))
            {
                db.Attendance.Add(new AttendanceRecord(series.Id, occurrence.Original, person.Id, invoker.UserId, now));
            }

            recorded.Add(member);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new AttendanceRecorded(series, occurrence, zone, recorded);
    }

    /// <summary>Who came to the occurrence on <paramref name="date"/> (or the latest that started), and the RSVPs for it.</summary>
    public async Task<Result<AttendanceSheet>> SheetAsync(Group group, string? meeting, string? date, CancellationToken cancellationToken)
    {
        var held = await HeldAsync(group, meeting, date, cancellationToken).ConfigureAwait(false);
        if (!held.IsSuccess)
        {
            return held.Error;
        }

        var (series, occurrence, zone, _) = held.Value!;
        var came = await db.Attendance.Where(a => a.SeriesId == series.Id && a.Occurrence == occurrence.Original).Select(a => a.UserId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var answers = await db.Rsvps.Where(r => r.SeriesId == series.Id && r.Occurrence == occurrence.Original).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AttendanceSheet(series, occurrence, zone, came, answers);
    }

    // The occurrence on the date, if it was not skipped or cancelled; without a date, the latest that started.
    private async Task<Result<(MeetingSeries Series, PlannedOccurrence Occurrence, DateTimeZone Zone, Instant Now)>> HeldAsync(Group group, string? meeting, string? date, CancellationToken cancellationToken)
    {
        var found = date is null
            ? await lookup.LatestStartedAsync(group, meeting, cancellationToken).ConfigureAwait(false)
            : await lookup.OnDateAsync(group, meeting, date, cancellationToken, past: true).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var on = found.Value!;
        return on.Occurrence is null || on.CalledOff
            ? new UserError($"{on.Series.Title} did not meet on {on.Date:ddd d MMM uuuu}.")
            : (on.Series, on.Occurrence, on.Zone, on.Now);
    }
}
