using NodaTime;
using StudyBot.Core.Meetings;
using StudyBot.Core.Time;

namespace StudyBot.Application.Calendar;

/// <summary>
/// Writes one series as VEVENTs: the master with its RRULE in the series' zone, EXDATEs for skipped meetings,
/// RECURRENCE-ID overrides for moved ones, events of their own for meetings in a clock change, and the span of
/// time its VTIMEZONE must cover.
/// </summary>
internal sealed class IcsSeriesEvents
{
    /// <summary>
    /// How far ahead meetings at a local time that falls in a clock change are written out explicitly: calendar
    /// apps disagree on such times, so each is excluded from the rule and written at its instant in UTC. Beyond it the rule stands
    /// alone and apps that follow RFC 5545 still agree (the file is made again on every export or feed fetch).
    /// </summary>
    public static readonly Duration ExplicitHorizon = Duration.FromDays(3653);

    // LocalDate arithmetic ends in year 9999; an end date that far out is as good as none.
    private static readonly LocalDate LastUsableUntil = new(9990, 12, 30);

    private readonly IcsSeries _series;
    private readonly DateTimeZone _zone;
    private readonly HashSet<LocalDateTime> _excluded;
    private readonly List<IcsMove> _moves;
    private readonly Occurrence? _first;

    public IcsSeriesEvents(IcsSeries series)
    {
        _series = series;
        _zone = TimeZones.Resolve(series.TimeZoneId);
        _excluded = series.ExcludedStarts.ToHashSet();

        // A moved meeting that was then cancelled stays cancelled: the EXDATE wins over the move.
        _moves = series.Moves.Where(m => !_excluded.Contains(m.OriginalStart)).OrderBy(m => m.OriginalStart).ToList();
        _first = Occurrences.Next(series.Schedule, _zone, Instant.MinValue);
    }

    /// <summary>The series written.</summary>
    public IcsSeries Series => _series;

    /// <summary>False when no meeting is left to show (a cancelled one-off).</summary>
    public bool HasEvents => _first is not null && !(IsOnce && _excluded.Contains(_first.Local));

    /// <summary>From a day before the first meeting.</summary>
    public Instant SpanStart => Starts().Min() - Duration.FromDays(1);

    /// <summary>To a day after the last meeting ends, or null for an endless series.</summary>
    public Instant? SpanEnd
    {
        get
        {
            var schedule = _series.Schedule;
            Instant? end = IsOnce || schedule.Count is not null
                ? Occurrences.From(schedule, _zone, Instant.MinValue).Last().Start
                : schedule.Until is { } until ? Occurrences.Resolve(Min(until, LastUsableUntil).PlusDays(1).AtMidnight(), _zone) : null;
            return end is { } known ? Starts().Append(known).Max() + _series.Duration + Duration.FromDays(1) : null;
        }
    }

    private bool IsOnce => _series.Schedule.Recurrence.Kind == RecurrenceKind.Once;

    /// <summary>Writes the VEVENTs, stamped <paramref name="stamp"/>.</summary>
    public void Write(IcsWriter writer, Instant stamp)
    {
        if (!HasEvents)
        {
            return;
        }

        if (IsOnce)
        {
            // A one-off meeting has no instances to override: a move simply changes its start.
            var start = _moves.FirstOrDefault(m => m.OriginalStart == _first!.Local)?.NewStart ?? _first!.Local;
            WriteEvent(writer, stamp, _series.Uid, w => WriteStart(w, "DTSTART", start), null);
            return;
        }

        var (instances, complete) = RuleInstances(Max(stamp, _first!.Start) + ExplicitHorizon);

        // Apps disagree on a local time the clocks skip or repeat, and some match a RECURRENCE-ID there by its
        // local value rather than its instant. So such a meeting is excluded from the rule (every app reads the
        // EXDATE as it reads the instance) and written as an event of its own at its instant in UTC. (An RDATE
        // would not do: RFC 5545 applies EXDATE to RDATEs too, and both name the same instant for most apps.)
        var moved = _moves.ToDictionary(m => m.OriginalStart, m => m.NewStart);
        var unclear = instances.Select(o => o.Local).Concat(moved.Keys)
            .Where(local => !_excluded.Contains(local) && !IsClear(local)).Distinct().Order().ToList();
        WriteEvent(writer, stamp, _series.Uid, w => w.Zoned("DTSTART", _first!.Local, _series.TimeZoneId), w => WriteRule(w, instances, complete, unclear));
        foreach (var (original, newStart) in moved.Where(m => IsClear(m.Key)).OrderBy(m => m.Key))
        {
            WriteEvent(writer, stamp, _series.Uid, w =>
            {
                w.Zoned("RECURRENCE-ID", original, _series.TimeZoneId);
                WriteStart(w, "DTSTART", newStart);
            }, null);
        }

        foreach (var original in unclear)
        {
            var start = moved.GetValueOrDefault(original, original);
            WriteEvent(writer, stamp, StandaloneUid(original), w => WriteStart(w, "DTSTART", start), null);
        }
    }

    /// <summary>A stable UID of its own for a meeting written apart from its series: the series' UID with the slot in it.</summary>
    private string StandaloneUid(LocalDateTime original)
    {
        var uid = _series.Uid;
        var at = uid.LastIndexOf('@');
        var slot = $"-{IcsWriter.Local(original)}";
        return at < 0 ? uid + slot : uid.Insert(at, slot);
    }

    private void WriteRule(IcsWriter writer, List<Occurrence> instances, bool complete, List<LocalDateTime> unclear)
    {
        var schedule = _series.Schedule;
        var rule = schedule.Recurrence.ToRRule()!;
        if (schedule.Count is { } count)
        {
            rule += FormattableString.Invariant($";COUNT={count}");
        }
        else if (schedule.Until is { } until)
        {
            // The last meeting's own instant (inclusive, in UTC as RFC 5545 wants with a TZID start), read as late
            // as any app could if it falls in a clock change, so none drops it; the next is a day later anyway.
            var end = complete && instances.Count > 0
                ? LatestReading(instances[^1].Local)
                : Occurrences.Resolve(Min(until, LastUsableUntil).PlusDays(1).AtMidnight(), _zone) - Duration.FromSeconds(1);
            rule += $";UNTIL={IcsWriter.Utc(end)}";
        }

        writer.Raw("RRULE", rule);
        foreach (var excluded in _excluded.Concat(unclear).Order())
        {
            writer.Zoned("EXDATE", excluded, _series.TimeZoneId);
        }
    }

    private (List<Occurrence> Instances, bool Complete) RuleInstances(Instant horizon)
    {
        var instances = new List<Occurrence>();
        foreach (var occurrence in Occurrences.From(_series.Schedule, _zone, Instant.MinValue))
        {
            if (occurrence.Start >= horizon)
            {
                return (instances, false);
            }

            instances.Add(occurrence);
        }

        return (instances, true);
    }

    private void WriteEvent(IcsWriter writer, Instant stamp, string uid, Action<IcsWriter> start, Action<IcsWriter>? rule) =>
        IcsEvent.Write(writer, _series, stamp, uid, start, rule);

    /// <summary>A local time in a clock change is written as its instant in UTC, which no app can read two ways.</summary>
    private void WriteStart(IcsWriter writer, string name, LocalDateTime local)
    {
        if (IsClear(local))
        {
            writer.Zoned(name, local, _series.TimeZoneId);
        }
        else
        {
            writer.Raw(name, IcsWriter.Utc(Occurrences.Resolve(local, _zone)));
        }
    }

    private Instant LatestReading(LocalDateTime local)
    {
        var around = Occurrences.Resolve(local, _zone);
        var smallest = Offset.Min(_zone.GetUtcOffset(around - Duration.FromDays(1)), _zone.GetUtcOffset(around + Duration.FromDays(1)));
        return local.InUtc().ToInstant() - Duration.FromSeconds(Offset.Min(smallest, _zone.GetUtcOffset(around)).Seconds);
    }

    private bool IsClear(LocalDateTime local) => _zone.MapLocal(local).Count == 1;

    private IEnumerable<Instant> Starts() =>
        _moves.Select(m => Occurrences.Resolve(m.NewStart, _zone)).Append(_first!.Start);

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;
}
