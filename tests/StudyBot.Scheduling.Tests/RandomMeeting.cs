using System.Globalization;
using NodaTime;

namespace StudyBot.Scheduling.Tests;

/// <summary>A reminder as the oracle expects it: which meeting start, how long before.</summary>
internal sealed record ExpectedReminder(Instant Start, Duration Offset);

/// <summary>A random meeting for <see cref="ReminderPropertyTests"/>: the command that schedules it and the starts the oracles give.</summary>
internal sealed record RandomMeeting(string Zone, Instant ScheduledAt, string Command, IReadOnlyList<Instant> Starts, IReadOnlyList<Duration> Offsets)
{
    public static RandomMeeting Create(Random random, string[] zones, (string Text, Duration Length)[] offsets, LocalTime[] times)
    {
        var candidates = zones.Where(ZoneOracle.Knows).ToArray();
        var zone = candidates[random.Next(candidates.Length)];

        // Where the zone changes its clocks, the series straddles the next change: the first meeting falls up to
        // three weeks before it.
        var scheduledAt = Instant.FromUtc(2027, random.Next(1, 13), random.Next(1, 28), random.Next(24), random.Next(60));
        var firstDate = NextClockChange(zone, scheduledAt) is { } change && change - Duration.FromDays(22) > scheduledAt
            ? (change - Duration.FromDays(random.Next(1, 22))).InUtc().Date
            : scheduledAt.InUtc().Date.PlusDays(random.Next(1, 36));
        var time = times[random.Next(times.Length)];
        var (repeat, dates, gap) = Repeat(random, firstDate);
        var count = repeat == "once" ? 1 : random.Next(3, 7);

        // Half the time one reminder is as far ahead as the meetings are apart, which is where a short week bites.
        var chosen = offsets.Where(o => o.Length <= gap).OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
        if (random.Next(2) == 0 && offsets.FirstOrDefault(o => o.Length == gap) is { Text: not null } widest && !chosen.Contains(widest))
        {
            chosen[0] = widest;
        }

        chosen = chosen.OrderByDescending(o => o.Length).ToList();
        var starts = dates.Take(count).Select(d => ZoneOracle.Resolve(d + time, zone)).ToList();
        var command = string.Create(
            CultureInfo.InvariantCulture,
            $"/meeting schedule group:\"Prop\" title:\"Property\" start:\"{firstDate:uuuu-MM-dd} {time:HH:mm}\" repeat:\"{repeat}\" reminders:\"{string.Join(',', chosen.Select(o => o.Text))}\"{(repeat == "once" ? string.Empty : $" count:{count}")}");
        return new RandomMeeting(zone, scheduledAt, command, starts, chosen.Select(o => o.Length).ToList());
    }

    /// <summary>Each meeting start minus each offset, where that is still ahead when the meeting is scheduled.</summary>
    public List<ExpectedReminder> ExpectedReminders() =>
        Starts.SelectMany(start => Offsets.Select(offset => new ExpectedReminder(start, offset)))
            .Where(r => r.Start - r.Offset > ScheduledAt)
            .ToList();

    private static (string Text, IEnumerable<LocalDate> Dates, Duration Gap) Repeat(Random random, LocalDate first)
    {
        var weekday = (IsoDayOfWeek)random.Next(1, 8);
        var other = (IsoDayOfWeek)((((int)weekday + 2) % 7) + 1);
        var nth = random.Next(1, 5);
        var day = random.Next(1, 29);
        return random.Next(7) switch
        {
            0 => ("once", [first], Duration.FromDays(28)),
            1 => ($"every {Name(weekday)}", MeetingDatesOracle.Weekly(first, new HashSet<IsoDayOfWeek> { weekday }, 1), Duration.FromDays(7)),
            2 => ($"every {Name(weekday)},{Name(other)}", MeetingDatesOracle.Weekly(first, new HashSet<IsoDayOfWeek> { weekday, other }, 1), Duration.FromDays(Math.Min(Between(weekday, other), 7 - Between(weekday, other)))),
            3 => ($"every 2 weeks on {Name(weekday)}", MeetingDatesOracle.Weekly(first, new HashSet<IsoDayOfWeek> { weekday }, 2), Duration.FromDays(14)),
            4 => ($"monthly on {Ordinal(nth)} {Name(weekday)}", MeetingDatesOracle.MonthlyOnWeekday(first, nth, weekday), Duration.FromDays(28)),
            5 => ($"monthly on last {Name(weekday)}", MeetingDatesOracle.MonthlyOnWeekday(first, -1, weekday), Duration.FromDays(28)),
            _ => ($"monthly on day {day}", MeetingDatesOracle.MonthlyOnDay(first, day), Duration.FromDays(28)),
        };
    }

    // The next instant the zone's UTC offset changes, within a year; null for zones without summer time.
    private static Instant? NextClockChange(string zone, Instant after)
    {
        var info = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var before = info.GetUtcOffset(after.ToDateTimeUtc());
        for (var at = after; at < after + Duration.FromDays(366); at += Duration.FromHours(1))
        {
            if (info.GetUtcOffset(at.ToDateTimeUtc()) != before)
            {
                return at;
            }
        }

        return null;
    }

    private static int Between(IsoDayOfWeek a, IsoDayOfWeek b) => Math.Abs((int)a - (int)b);

    private static string Name(IsoDayOfWeek day) => day.ToString()[..3].ToLowerInvariant();

    private static string Ordinal(int n) => n switch { 1 => "1st", 2 => "2nd", 3 => "3rd", _ => $"{n}th" };
}
