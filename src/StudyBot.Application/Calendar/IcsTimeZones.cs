using NodaTime;
using NodaTime.TimeZones;
using StudyBot.Core.Time;

namespace StudyBot.Application.Calendar;

/// <summary>
/// Writes the VTIMEZONE for a zone from NodaTime's own zone intervals, so calendar apps read every local
/// time with the offsets StudyBot uses. It covers the whole span of the meetings that use it: every
/// transition in the span is listed (RDATE); where the span is endless, the zone's regular yearly rule
/// (RRULE) takes over once tzdb's transitions settle into one.
/// </summary>
internal static class IcsTimeZones
{
    // Beyond every transition tzdb precalculates (Morocco's run to 2087), so the years after it show the
    // zone's lasting rule, if it has one.
    private static readonly Instant SettledFrom = Instant.FromUtc(2110, 1, 1, 0, 0);
    private static readonly Instant SettledUntil = Instant.FromUtc(2150, 1, 1, 0, 0);

    /// <summary>
    /// Writes the VTIMEZONE for <paramref name="timeZoneId"/> (an IANA id, or a fixed offset such as
    /// <c>UTC+02:00</c>) covering <paramref name="from"/> to <paramref name="until"/> (null: no end).
    /// </summary>
    public static void Write(IcsWriter writer, string timeZoneId, Instant from, Instant? until)
    {
        var zone = TimeZones.Resolve(timeZoneId);
        writer.Begin("VTIMEZONE");
        writer.Raw("TZID", timeZoneId);
        if (DateTimeZoneProviders.Tzdb.Ids.Contains(timeZoneId))
        {
            // Names a tzdb location for libical-based clients; a fixed offset has none.
            writer.Raw("X-LIC-LOCATION", timeZoneId);
        }

        foreach (var observance in Observances(zone, from, until))
        {
            observance.Write(writer);
        }

        writer.End("VTIMEZONE");
    }

    private static List<IcsObservance> Observances(DateTimeZone zone, Instant from, Instant? until)
    {
        var first = zone.GetZoneInterval(from);
        var end = until is { } bounded && bounded < SettledFrom ? bounded : SettledUntil;
        var transitions = Transitions(zone, first, end);
        var tail = until is { } last && last < SettledFrom ? [] : IcsYearlyRules.Tail(transitions, SettledFrom);
        var explicitCount = transitions.Count - tail.Sum(r => r.Count);
        var observances = new List<IcsObservance> { Opening(zone, first) };
        var groups = new Dictionary<(bool, Offset, Offset, string), IcsObservance>();
        foreach (var transition in transitions.Take(explicitCount))
        {
            var key = (transition.Daylight, transition.From, transition.To, transition.Name);
            if (groups.TryGetValue(key, out var known))
            {
                known.Dates.Add(transition.Local);
            }
            else
            {
                groups[key] = new IcsObservance(transition.Daylight, transition.From, transition.To, transition.Name, transition.Local, null);
                observances.Add(groups[key]);
            }
        }

        observances.AddRange(tail.Select(r => new IcsObservance(r.First.Daylight, r.First.From, r.First.To, r.First.Name, r.First.Local, r.Rule)));
        return observances;
    }

    /// <summary>The interval in force when the span starts, from its own start (or from 1970 when it never started).</summary>
    private static IcsObservance Opening(DateTimeZone zone, ZoneInterval first)
    {
        if (!first.HasStart)
        {
            return new IcsObservance(first.Savings > Offset.Zero, first.WallOffset, first.WallOffset, first.Name, new LocalDateTime(1970, 1, 1, 0, 0), null);
        }

        var before = zone.GetZoneInterval(first.Start - Duration.Epsilon).WallOffset;
        return new IcsObservance(first.Savings > Offset.Zero, before, first.WallOffset, first.Name, first.Start.WithOffset(before).LocalDateTime, null);
    }

    /// <summary>Every change of offset after <paramref name="first"/> began, up to <paramref name="end"/>.</summary>
    private static List<IcsTransition> Transitions(DateTimeZone zone, ZoneInterval first, Instant end)
    {
        var transitions = new List<IcsTransition>();
        var previous = first;
        while (previous.HasEnd && previous.End < end)
        {
            var next = zone.GetZoneInterval(previous.End);

            // tzdb also splits intervals where only a name or the standard/daylight split changes; calendars
            // only need a change of wall offset.
            if (next.WallOffset != previous.WallOffset)
            {
                transitions.Add(new IcsTransition(next.Start, previous.WallOffset, next.WallOffset, next.Savings > Offset.Zero, next.Name));
            }

            previous = next;
        }

        return transitions;
    }
}
