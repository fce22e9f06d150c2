using NodaTime;
using StudyBot.Application.Calendar;
using StudyBot.Core.Meetings;
using StudyBot.Core.Time;

namespace StudyBot.Application.Tests.Calendar;

/// <summary>A random series for the export property tests, with random skips and moves, and StudyBot's own starts for it.</summary>
internal sealed record RandomExport(IcsSeries Series, IReadOnlyList<OccurrenceChange> Changes)
{
    public static readonly string[] Zones =
    [
        "Europe/Dublin", "Australia/Lord_Howe", "Pacific/Chatham", "Africa/Casablanca", "America/Sao_Paulo", "America/St_Johns",
    ];

    public static RandomExport Create(Random random)
    {
        var zoneId = Zones[random.Next(Zones.Length)];
        var zone = TimeZones.Resolve(zoneId);

        // From 2015 (Sao Paulo still had summer time) to 2050 (series that start years after "today").
        var date = new LocalDate(2015, 1, 1).PlusDays(random.Next(36 * 365));
        var time = new LocalTime(random.Next(24), random.Next(4) * 15);
        if (random.Next(3) == 0 && ClockChangeNear(zone, date) is { } change)
        {
            // A time the clocks skip or repeat, on the day they do: the cases calendar apps read differently.
            (date, time) = (change.Date, change.TimeOfDay);
        }

        var recurrence = random.Next(10) switch
        {
            0 => Recurrence.Once,
            1 => Recurrence.Weekly([date.DayOfWeek]),
            2 => Recurrence.Weekly([date.DayOfWeek, (IsoDayOfWeek)random.Next(1, 8)], random.Next(1, 4)),
            3 => Recurrence.Weekly(Weekdays.All.Where(_ => random.Next(2) == 0).Append(date.DayOfWeek)),
            4 => Recurrence.MonthlyByWeekday(random.Next(5) is var n && n == 0 ? -1 : n, date.DayOfWeek),
            5 => Recurrence.MonthlyByWeekday(-1, date.DayOfWeek),
            // Weeks counted from the month's end (2nd last fri) and every few months, as people type them now.
            6 => Recurrence.MonthlyByWeekday(-random.Next(1, 5), date.DayOfWeek, random.Next(1, 4)),
            7 => Recurrence.MonthlyByDay(date.Day, random.Next(2, 13)),
            _ => Recurrence.MonthlyByDay(random.Next(2) == 0 ? date.Day : random.Next(1, 32)),
        };
        var start = date + time;
        var schedule = random.Next(3) switch
        {
            0 => new MeetingSchedule(start, recurrence, count: random.Next(1, 80)),
            1 => new MeetingSchedule(start, recurrence, until: date.PlusDays(random.Next(0, 4 * 365))),
            _ => new MeetingSchedule(start, recurrence),
        };

        // A rule that misses every day up to its end has no meeting, which /meeting schedule refuses: draw again.
        if (Occurrences.Next(schedule, zone, Instant.MinValue) is null)
        {
            return Create(random);
        }

        var changes = RandomChanges(random, schedule, zone);
        var series = new IcsSeries(
            "meeting-7@studybot", "Study, \"deep\"; dive", "Line one\nline two", "Room 1", null, schedule, zoneId,
            Duration.FromMinutes(random.Next(1, 12) * 15),
            changes.Where(c => c.Kind != OccurrenceChangeKind.Moved).Select(c => c.OriginalStart).ToList(),
            changes.Where(c => c.Kind == OccurrenceChangeKind.Moved).Select(c => new IcsMove(c.OriginalStart, c.NewStart!.Value)).ToList());
        return new RandomExport(series, changes);
    }

    /// <summary>The first start by the series' rule, whatever became of it.</summary>
    public Instant FirstRuleStart => Occurrences.Next(Series.Schedule, TimeZones.Resolve(Series.TimeZoneId), Instant.MinValue)!.Start;

    /// <summary>The starts StudyBot itself plans, before <paramref name="end"/>, in order.</summary>
    public List<Instant> ExpectedStarts(Instant end) =>
        EffectiveOccurrences.From(Series.Schedule, TimeZones.Resolve(Series.TimeZoneId), Instant.MinValue, Changes.ToList())
            .TakeWhile(o => o.Start < end + Duration.FromDays(3))
            .Select(o => o.Start)
            .Where(s => s < end)
            .Order()
            .ToList();

    public override string ToString() =>
        $"{Series.TimeZoneId} {Series.Schedule.FirstStart} {Series.Schedule.Recurrence.ToRRule() ?? "once"} until {Series.Schedule.Until} count {Series.Schedule.Count}; "
        + string.Join(", ", Changes.Select(c => $"{c.Kind} {c.OriginalStart}->{c.NewStart}"));

    private static List<OccurrenceChange> RandomChanges(Random random, MeetingSchedule schedule, DateTimeZone zone)
    {
        var changes = new List<OccurrenceChange>();
        var at = Instant.FromUtc(2027, 3, 15, 12, 0);
        foreach (var occurrence in Occurrences.From(schedule, zone, Instant.MinValue).Take(30))
        {
            switch (random.Next(8))
            {
                case 0:
                    changes.Add(new OccurrenceChange(7, occurrence.Local, OccurrenceChangeKind.Skipped, null, "alice", at));
                    break;
                case 1:
                    changes.Add(new OccurrenceChange(7, occurrence.Local, OccurrenceChangeKind.Cancelled, null, "alice", at));
                    break;
                case 2:
                    // Moved by up to a day either way, at times that may land in a clock change.
                    var moved = occurrence.Local.PlusMinutes(random.Next(-96, 97) * 15);
                    changes.Add(new OccurrenceChange(7, occurrence.Local, OccurrenceChangeKind.Moved, moved, "alice", at));
                    break;
            }
        }

        return changes;
    }

    // The local time just inside the first clock change within a year of the date (a gap or an overlap).
    private static LocalDateTime? ClockChangeNear(DateTimeZone zone, LocalDate date)
    {
        var from = date.AtMidnight().InUtc().ToInstant();
        var interval = zone.GetZoneInterval(from);
        if (!interval.HasEnd || interval.End > from + Duration.FromDays(366))
        {
            return null;
        }

        var next = zone.GetZoneInterval(interval.End);
        var local = interval.End.WithOffset(Offset.Min(interval.WallOffset, next.WallOffset)).LocalDateTime;
        return local.PlusMinutes(Math.Abs(next.WallOffset.Seconds - interval.WallOffset.Seconds) / 120);
    }
}
