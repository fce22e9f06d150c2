using NodaTime;

namespace StudyBot.Testing.Calendar;

/// <summary>
/// A VTIMEZONE read the way a calendar app reads it: every STANDARD and DAYLIGHT onset (DTSTART, RRULE,
/// RDATE) expanded to instants, nothing taken from a tz database.
/// </summary>
public sealed class IcsZone
{
    private static readonly int LastYear = 2200;

    private readonly List<(Instant At, Offset From, Offset To)> _onsets = [];

    public IcsZone(IcsComponent vtimezone)
    {
        Id = vtimezone.One("TZID")!.Value;
        var observances = vtimezone.Children.Where(c => c.Name is "STANDARD" or "DAYLIGHT").ToList();
        IcsCheck.That(observances.Count > 0, $"VTIMEZONE {Id} has no STANDARD or DAYLIGHT.");
        foreach (var observance in observances)
        {
            var from = IcsValues.Offset(observance.One("TZOFFSETFROM")!.Value);
            var to = IcsValues.Offset(observance.One("TZOFFSETTO")!.Value);
            foreach (var local in Onsets(observance))
            {
                _onsets.Add((local.Minus(Period.FromSeconds(from.Seconds)).InUtc().ToInstant(), from, to));
            }
        }

        _onsets.Sort((a, b) => a.At.CompareTo(b.At));
        IcsCheck.That(_onsets.Count == _onsets.Select(o => o.At).Distinct().Count(), $"VTIMEZONE {Id} has two onsets at one instant.");
    }

    public string Id { get; }

    /// <summary>The offset in force at an instant: the last onset's TZOFFSETTO, or before all, the first one's TZOFFSETFROM.</summary>
    public Offset OffsetAt(Instant instant)
    {
        // The last onset at or before the instant, by binary search: exports are read thousands of times a test.
        var low = 0;
        var high = _onsets.Count - 1;
        var index = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_onsets[middle].At <= instant)
            {
                index = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return index < 0 ? _onsets[0].From : _onsets[index].To;
    }

    /// <summary>The instant of a local time, with skipped and repeated times read by <paramref name="policy"/>.</summary>
    public Instant Resolve(LocalDateTime local, LocalTimePolicy policy)
    {
        var asUtc = local.InUtc().ToInstant();
        var earlier = OffsetAt(asUtc - Duration.FromHours(18));
        var later = OffsetAt(asUtc + Duration.FromHours(18));
        var candidates = new[] { earlier, later }.Distinct().Where(o => OffsetAt(Minus(asUtc, o)) == o).Select(o => Minus(asUtc, o)).Order().ToList();
        return candidates.Count switch
        {
            1 => candidates[0],
            2 => policy == LocalTimePolicy.Rfc5545 ? candidates[0] : candidates[1],
            _ => Minus(asUtc, policy == LocalTimePolicy.Rfc5545 ? earlier : later),
        };
    }

    private static Instant Minus(Instant instant, Offset offset) => instant - Duration.FromSeconds(offset.Seconds);

    private static IEnumerable<LocalDateTime> Onsets(IcsComponent observance)
    {
        var start = IcsValues.LocalDateTime(observance.One("DTSTART")!.Value);
        yield return start;
        foreach (var rdate in observance.Many("RDATE").SelectMany(l => l.Value.Split(',')))
        {
            yield return IcsValues.LocalDateTime(rdate);
        }

        if (observance.One("RRULE") is not { } rule)
        {
            yield break;
        }

        var parts = IcsValues.RuleParts(rule.Value);
        IcsCheck.That(parts["FREQ"] == "YEARLY", "A VTIMEZONE rule must be YEARLY.");
        var month = int.Parse(parts["BYMONTH"], System.Globalization.CultureInfo.InvariantCulture);
        for (var year = start.Year; year <= LastYear; year++)
        {
            foreach (var day in IcsValues.DaysInMonth(new YearMonth(year, month), parts.GetValueOrDefault("BYDAY"), parts.GetValueOrDefault("BYMONTHDAY")))
            {
                var onset = day + start.TimeOfDay;
                if (onset > start)
                {
                    yield return onset;
                }
            }
        }
    }
}
