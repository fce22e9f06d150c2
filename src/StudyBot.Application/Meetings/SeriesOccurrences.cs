using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Core.Meetings;
using StudyBot.Persistence;

namespace StudyBot.Application.Meetings;

/// <summary>The occurrences of a stored series that will really happen, with its skips, cancellations and moves.</summary>
public sealed class SeriesOccurrences(StudyBotDbContext db)
{
    /// <summary>The series' changed occurrences.</summary>
    public Task<List<OccurrenceChange>> ChangesAsync(MeetingSeries series, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        return db.OccurrenceChanges.Where(c => c.SeriesId == series.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Up to <paramref name="take"/> occurrences starting at or after <paramref name="from"/>, in order.</summary>
    public async Task<IReadOnlyList<PlannedOccurrence>> UpcomingAsync(MeetingSeries series, DateTimeZone zone, Instant from, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.CancelledAt is not null)
        {
            return [];
        }

        var changes = await ChangesAsync(series, cancellationToken).ConfigureAwait(false);
        return EffectiveOccurrences.From(series.ToSchedule(), zone, from, changes).Take(take).ToList();
    }

    /// <summary>The latest occurrence that really took place (started by <paramref name="now"/>), or null.</summary>
    public async Task<PlannedOccurrence?> LatestStartedAsync(MeetingSeries series, DateTimeZone zone, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        var changes = await ChangesAsync(series, cancellationToken).ConfigureAwait(false);
        // Moved meetings come in start order too, so the walk can stop at the first one still ahead.
        return EffectiveOccurrences.From(series.ToSchedule(), zone, Instant.MinValue, changes).TakeWhile(o => o.Start <= now).LastOrDefault();
    }

    /// <summary>The effective occurrence whose slot or actual day is <paramref name="date"/>, and its change if any.</summary>
    public async Task<(PlannedOccurrence? Occurrence, OccurrenceChange? Change)> OnDateAsync(MeetingSeries series, DateTimeZone zone, LocalDate date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        var changes = await ChangesAsync(series, cancellationToken).ConfigureAwait(false);
        var slot = Occurrences.OnDate(series.ToSchedule(), zone, date);
        var change = slot is null ? null : changes.Find(c => c.OriginalStart == slot.Local);
        var moved = changes.Find(c => c.Kind == OccurrenceChangeKind.Moved && c.NewStart?.Date == date);
        if (moved is not null && (slot is null || change is not null))
        {
            return (EffectiveOccurrences.Moved(moved, zone), moved);
        }

        if (slot is null)
        {
            return (null, null);
        }

        return change?.NewStart is { } newStart
            ? (new PlannedOccurrence(slot.Local, newStart, Occurrences.Resolve(newStart, zone), Moved: true), change)
            : (new PlannedOccurrence(slot.Local, slot.Local, slot.Start, Moved: false), change);
    }
}
