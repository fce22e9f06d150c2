using NodaTime;

namespace StudyBot.Core.Meetings;

/// <summary>
/// The occurrences of a series that will really happen: the rule's, minus those skipped, cancelled or
/// moved away, plus the moved ones at their new times, in start order.
/// </summary>
public static class EffectiveOccurrences
{
    /// <summary>Those starting at or after <paramref name="from"/>, lazily, in start order.</summary>
    public static IEnumerable<PlannedOccurrence> From(MeetingSchedule schedule, DateTimeZone zone, Instant from, IReadOnlyCollection<OccurrenceChange> changes)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(changes);
        var changed = changes.Select(c => c.OriginalStart).ToHashSet();
        var fromRule = Occurrences.From(schedule, zone, from)
            .Where(o => !changed.Contains(o.Local))
            .Select(o => new PlannedOccurrence(o.Local, o.Local, o.Start, Moved: false));
        var moved = changes.Where(c => c.Kind == OccurrenceChangeKind.Moved && c.NewStart is not null)
            .Select(c => Moved(c, zone))
            .Where(p => p.Start >= from)
            .OrderBy(p => p.Start)
            .ToList();
        return MergeByStart(fromRule, moved);
    }

    /// <summary>An occurrence moved by <paramref name="change"/>, at its new time.</summary>
    public static PlannedOccurrence Moved(OccurrenceChange change, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(change);
        var local = change.NewStart ?? throw new ArgumentException("Only a move has a new start.", nameof(change));
        return new PlannedOccurrence(change.OriginalStart, local, Occurrences.Resolve(local, zone), Moved: true);
    }

    // Both inputs are in start order; the rule's side is endless, so this must stay lazy.
    private static IEnumerable<PlannedOccurrence> MergeByStart(IEnumerable<PlannedOccurrence> fromRule, List<PlannedOccurrence> moved)
    {
        var next = 0;
        foreach (var occurrence in fromRule)
        {
            for (; next < moved.Count && moved[next].Start <= occurrence.Start; next++)
            {
                yield return moved[next];
            }

            yield return occurrence;
        }

        for (; next < moved.Count; next++)
        {
            yield return moved[next];
        }
    }
}
