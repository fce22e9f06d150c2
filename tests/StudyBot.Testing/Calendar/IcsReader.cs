using NodaTime;

namespace StudyBot.Testing.Calendar;

/// <summary>
/// A small, independent iCalendar reader that expands events as a calendar app would: the VTIMEZONEs in the
/// file give the offsets, each master's RRULE (WEEKLY or MONTHLY), RDATE and EXDATE give its instances, and
/// RECURRENCE-ID overrides move them. Local times in a clock change are read by a chosen
/// <see cref="LocalTimePolicy"/>, so tests can show that apps which disagree on them still agree on the export.
/// </summary>
public sealed class IcsReader
{
    private readonly Dictionary<string, IcsZone> _zones;

    public IcsReader(string text)
    {
        Calendar = IcsComponent.Parse(text);
        IcsCheck.That(Calendar.Name == "VCALENDAR", "Not a VCALENDAR.");
        IcsCheck.That(Calendar.One("VERSION")?.Value == "2.0", "VERSION is not 2.0.");
        _zones = Calendar.All("VTIMEZONE").Select(z => new IcsZone(z)).ToDictionary(z => z.Id, StringComparer.Ordinal);
    }

    public IcsComponent Calendar { get; }

    public IReadOnlyDictionary<string, IcsZone> Zones => _zones;

    public IEnumerable<IcsComponent> Events => Calendar.All("VEVENT");

    /// <summary>Every meeting start before <paramref name="end"/>, across all events, in order.</summary>
    public List<Instant> Starts(LocalTimePolicy policy, Instant end) =>
        Events.GroupBy(e => e.One("UID")!.Value).SelectMany(g => SeriesStarts(g.ToList(), policy, end)).Order().ToList();

    /// <summary>The instant a DATE-TIME property names: UTC, or local in its TZID's VTIMEZONE.</summary>
    public Instant Instant(IcsLine line, string value, LocalTimePolicy policy)
    {
        if (IcsValues.IsUtc(value))
        {
            return IcsValues.Utc(value);
        }

        IcsCheck.That(line.Parameters.TryGetValue("TZID", out var zoneId), $"{line.Name} is floating: {value}");
        IcsCheck.That(_zones.TryGetValue(zoneId!, out var zone), $"No VTIMEZONE for {zoneId}");
        return zone!.Resolve(IcsValues.LocalDateTime(value), policy);
    }

    private List<Instant> SeriesStarts(List<IcsComponent> events, LocalTimePolicy policy, Instant end)
    {
        var masters = events.Where(e => e.One("RECURRENCE-ID") is null).ToList();
        IcsCheck.That(masters.Count == 1, $"{masters.Count} masters share UID {events[0].One("UID")?.Value}.");
        var master = masters[0];
        var start = master.One("DTSTART")!;
        var instances = new List<Instant>();
        if (master.One("RRULE") is { } rule)
        {
            var zone = _zones[start.Parameters["TZID"]];
            instances.AddRange(IcsEventRule.Expand(rule.Value, IcsValues.LocalDateTime(start.Value), local => zone.Resolve(local, policy), end));
        }
        else
        {
            instances.Add(Instant(start, start.Value, policy));
        }

        instances.AddRange(Dates(master, "RDATE", policy));
        var excluded = Dates(master, "EXDATE", policy).ToHashSet();
        var result = instances.Where(i => !excluded.Contains(i)).ToList();
        foreach (var moved in events.Where(e => e.One("RECURRENCE-ID") is not null))
        {
            var id = moved.One("RECURRENCE-ID")!;
            var original = Instant(id, id.Value, policy);
            if (original >= end)
            {
                continue;
            }

            IcsCheck.That(result.Remove(original), $"RECURRENCE-ID {id.Value} names no instance");
            var newStart = moved.One("DTSTART")!;
            result.Add(Instant(newStart, newStart.Value, policy));
        }

        return result.Where(i => i < end).ToList();
    }

    private IEnumerable<Instant> Dates(IcsComponent component, string name, LocalTimePolicy policy) =>
        component.Many(name).SelectMany(l => l.Value.Split(',').Select(v => Instant(l, v, policy)));
}
