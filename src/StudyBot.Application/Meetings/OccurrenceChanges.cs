using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Application.Text;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Results;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Meetings;

/// <summary>
/// Skips, cancels and moves meetings: each change is stored, the series' work replanned at once and the
/// group told in its channel, all in the caller's unit of work.
/// </summary>
public sealed class OccurrenceChanges(StudyBotDbContext db, MeetingFinder finder, OccurrenceLookup lookup, SeriesOccurrences occurrences, MeetingPlanner planner, MeetingAnnouncements announcements, TimeProvider time)
{
    /// <summary>The occurrence on <paramref name="date"/> does not take place.</summary>
    public async Task<Result<OccurrenceChanged>> SkipAsync(Group group, string? meeting, string date, Invoker invoker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoker);
        var target = await FindAsync(group, meeting, date, cancellationToken).ConfigureAwait(false);
        if (!target.IsSuccess)
        {
            return target.Error;
        }

        var (series, occurrence, zone, now) = target.Value!;
        await SetAsync(series, occurrence, OccurrenceChangeKind.Skipped, null, invoker, now, cancellationToken).ConfigureAwait(false);
        var when = MeetingText.When(occurrence.Start, zone);
        await announcements.ChangedAsync(series, group, occurrence.Original, now, $"**{series.Title}** on {when} is skipped; see you at the next one.", $"skip:{series.Id}:{MeetingText.Key(occurrence.Original)}", cancellationToken).ConfigureAwait(false);
        return new OccurrenceChanged(series, occurrence, zone);
    }

    /// <summary>Cancels the whole series, or with <paramref name="date"/> one occurrence of it.</summary>
    public async Task<Result<OccurrenceChanged>> CancelAsync(Group group, string? meeting, string? date, Invoker invoker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        if (date is not null)
        {
            return await CancelOneAsync(group, meeting, date, invoker, cancellationToken).ConfigureAwait(false);
        }

        var found = await finder.FindAsync(group, meeting, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var series = found.Value!;
        var now = time.Now();

        // The next meeting's card is the one still taking answers; it is read before the series stops having meetings.
        var next = await occurrences.UpcomingAsync(series, group.Zone(), now, 1, cancellationToken).ConfigureAwait(false);
        series.CancelledAt = now;
        // Parts an edit split off may still hold meetings before its first day: they go too.
        foreach (var earlier in (await finder.EarlierPartsAsync(series, cancellationToken).ConfigureAwait(false)).Where(s => s.CancelledAt is null))
        {
            earlier.CancelledAt = now;
            await planner.WithdrawAsync(earlier, now, cancellationToken).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await announcements.ChangedAsync(series, group, next.Count > 0 ? next[0].Original : null, now, $"**{series.Title}** is cancelled; no more meetings or reminders of it.", $"cancel:{series.Id}", cancellationToken).ConfigureAwait(false);
        return new OccurrenceChanged(series, null, group.Zone());
    }

    /// <summary>Moves the occurrence on <paramref name="date"/> to the start typed in <paramref name="to"/>.</summary>
    public async Task<Result<OccurrenceChanged>> MoveAsync(Group group, string? meeting, string date, string to, Invoker invoker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoker);
        var target = await FindAsync(group, meeting, date, cancellationToken).ConfigureAwait(false);
        if (!target.IsSuccess)
        {
            return target.Error;
        }

        var (series, occurrence, zone, now) = target.Value!;
        var typed = MoveTarget.Read(to, series, occurrence, now.InZone(zone));
        if (!typed.IsSuccess)
        {
            return typed.Error;
        }

        var newStart = typed.Value!.Local;
        var sameDay = await occurrences.OnDateAsync(series, zone, newStart.Date, cancellationToken).ConfigureAwait(false);
        if (MoveTarget.Clash(series, occurrence, newStart.Date, sameDay, zone) is { } clash)
        {
            return clash;
        }

        await SetAsync(series, occurrence, OccurrenceChangeKind.Moved, newStart, invoker, now, cancellationToken).ConfigureAwait(false);
        var movedTo = Occurrences.Resolve(newStart, zone);
        var from = MeetingText.When(occurrence.Start, zone);
        var text = $"**{series.Title}** moves from {from} to {MeetingText.When(movedTo, zone)}{MeetingText.AsTyped(typed.Value.AsTyped)}.";
        await announcements.ChangedAsync(series, group, occurrence.Original, now, text, $"move:{series.Id}:{MeetingText.Key(occurrence.Original)}:{MeetingText.Key(newStart)}", cancellationToken).ConfigureAwait(false);
        return new OccurrenceChanged(series, occurrence, zone, movedTo);
    }

    private async Task<Result<OccurrenceChanged>> CancelOneAsync(Group group, string? meeting, string date, Invoker invoker, CancellationToken cancellationToken)
    {
        var target = await FindAsync(group, meeting, date, cancellationToken).ConfigureAwait(false);
        if (!target.IsSuccess)
        {
            return target.Error;
        }

        var (series, occurrence, zone, now) = target.Value!;
        await SetAsync(series, occurrence, OccurrenceChangeKind.Cancelled, null, invoker, now, cancellationToken).ConfigureAwait(false);
        var when = MeetingText.When(occurrence.Start, zone);
        await announcements.ChangedAsync(series, group, occurrence.Original, now, $"**{series.Title}** on {when} is cancelled.", $"cancel:{series.Id}:{MeetingText.Key(occurrence.Original)}", cancellationToken).ConfigureAwait(false);
        return new OccurrenceChanged(series, occurrence, zone);
    }

    // One change per occurrence: a later change replaces an earlier one (a moved meeting can then be cancelled).
    private async Task SetAsync(MeetingSeries series, PlannedOccurrence occurrence, OccurrenceChangeKind kind, LocalDateTime? newStart, Invoker invoker, Instant now, CancellationToken cancellationToken)
    {
        var existing = await db.OccurrenceChanges.FirstOrDefaultAsync(c => c.SeriesId == series.Id && c.OriginalStart == occurrence.Original, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            db.OccurrenceChanges.Add(new OccurrenceChange(series.Id, occurrence.Original, kind, newStart, invoker.UserId, now));
        }
        else
        {
            existing.Kind = kind;
            existing.NewStart = newStart;
            existing.ChangedBy = invoker.UserId;
            existing.ChangedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The series and still-planned occurrence a per-occurrence change names with <c>date:</c>.</summary>
    private async Task<Result<(MeetingSeries Series, PlannedOccurrence Occurrence, DateTimeZone Zone, Instant Now)>> FindAsync(Group group, string? meeting, string date, CancellationToken cancellationToken)
    {
        var found = await lookup.OnDateAsync(group, meeting, date, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (series, day, occurrence, change, zone, now) = found.Value!;
        if (occurrence is null)
        {
            var next = await occurrences.UpcomingAsync(series, zone, now, 3, cancellationToken).ConfigureAwait(false);
            return new UserError($"{series.Title} does not meet on {day:ddd d MMM uuuu}. Next: {(next.Count == 0 ? "none" : string.Join(", ", next.Select(o => o.Local.Date.ToString("ddd d MMM uuuu", System.Globalization.CultureInfo.InvariantCulture))))}.");
        }

        if (found.Value!.CalledOff)
        {
            return new UserError($"{series.Title} on {day:ddd d MMM uuuu} is already {(change!.Kind == OccurrenceChangeKind.Skipped ? "skipped" : "cancelled")}.");
        }

        if (occurrence.Start <= now)
        {
            return new UserError($"{series.Title} on {day:ddd d MMM uuuu} has already started; it can no longer be changed.");
        }

        return (series, occurrence, zone, now);
    }
}
