using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using StudyBot.Core.Meetings;
using StudyBot.Core.Time;
using IcalCalendar = Ical.Net.Calendar;
using IcalDuration = Ical.Net.DataTypes.Duration;

namespace StudyBot.Application.Calendar;

/// <summary>
/// Writes a group's meetings as an iCalendar (RFC 5545) file: one VEVENT per series with its RRULE in the
/// group's zone (so calendars keep 19:00 at 19:00 across daylight saving), EXDATEs for skipped meetings,
/// RECURRENCE-ID overrides for moved ones, and a VTIMEZONE for every zone used.
/// </summary>
public static class IcsExport
{
    /// <summary>The PRODID every export carries.</summary>
    public const string ProductId = "-//StudyBot//StudyBot//EN";

    /// <summary>
    /// The .ics text for <paramref name="series"/>. <paramref name="stamp"/> is the DTSTAMP (when the file
    /// was made), passed in so exports are reproducible. A series without any meeting left is omitted.
    /// </summary>
    public static string Create(string calendarName, IEnumerable<IcsSeries> series, Instant stamp)
    {
        ArgumentNullException.ThrowIfNull(calendarName);
        ArgumentNullException.ThrowIfNull(series);
        var calendar = new IcalCalendar { ProductId = ProductId, Method = "PUBLISH" };

        // Most calendar apps show X-WR-CALNAME as the name of an imported or subscribed calendar.
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        var events = new List<CalendarEvent>();
        var earliestByZone = new Dictionary<string, LocalDateTime>(StringComparer.Ordinal);
        foreach (var item in series)
        {
            ArgumentNullException.ThrowIfNull(item);
            foreach (var calendarEvent in Events(item, stamp))
            {
                events.Add(calendarEvent);
                var start = calendarEvent.DtStart!;
                var local = new LocalDateTime(start.Year, start.Month, start.Day, start.Hour, start.Minute, start.Second);
                earliestByZone[item.TimeZoneId] = earliestByZone.TryGetValue(item.TimeZoneId, out var known) && known < local ? known : local;
            }
        }

        // Time zones go first: some older clients read a file top to bottom and need them before the events.
        foreach (var (zoneId, earliest) in earliestByZone.OrderBy(z => z.Key, StringComparer.Ordinal))
        {
            calendar.AddTimeZone(IcsTimeZones.Create(zoneId, earliest));
        }

        foreach (var calendarEvent in events)
        {
            calendar.Events.Add(calendarEvent);
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static List<CalendarEvent> Events(IcsSeries series, Instant stamp)
    {
        var zone = TimeZones.Resolve(series.TimeZoneId);
        var schedule = series.Schedule;
        var first = Occurrences.Next(schedule, zone, Instant.MinValue);
        var excluded = series.ExcludedStarts.ToHashSet();
        if (first is null || (schedule.Recurrence.Kind == RecurrenceKind.Once && excluded.Contains(first.Local)))
        {
            return [];
        }

        var master = Event(series, stamp, first.Local);
        if (schedule.Recurrence.Kind == RecurrenceKind.Once)
        {
            // A one-off meeting has no instances to override: a move simply changes its start.
            var move = series.Moves.FirstOrDefault(m => m.OriginalStart == first.Local);
            master.DtStart = Time(move?.NewStart ?? first.Local, series.TimeZoneId);
            return [master];
        }

        master.RecurrenceRule = Rule(schedule, zone);
        foreach (var start in excluded.Order())
        {
            master.ExceptionDates.Add(Time(start, series.TimeZoneId));
        }

        var events = new List<CalendarEvent> { master };

        // A moved meeting that was then cancelled stays cancelled: EXDATE wins over the move.
        foreach (var move in series.Moves.Where(m => !excluded.Contains(m.OriginalStart)).OrderBy(m => m.OriginalStart))
        {
            var moved = Event(series, stamp, move.NewStart);
            moved.RecurrenceIdentifier = new RecurrenceIdentifier(Time(move.OriginalStart, series.TimeZoneId), null);
            events.Add(moved);
        }

        return events;
    }

    private static CalendarEvent Event(IcsSeries series, Instant stamp, LocalDateTime start)
    {
        var link = Uri.TryCreate(series.Url, UriKind.Absolute, out var uri) ? uri : null;
        return new CalendarEvent
        {
            Uid = series.Uid,
            DtStamp = new CalDateTime(stamp.ToDateTimeUtc(), CalDateTime.UtcTzId, hasTime: true),
            DtStart = Time(start, series.TimeZoneId),
            Duration = Length(series.Duration),
            Summary = series.Title,
            Description = Description(series.Description, link),
            Location = string.IsNullOrWhiteSpace(series.Location) ? link?.ToString() : series.Location,
            Url = link,
        };
    }

    /// <summary>
    /// The agenda, then the link: several big calendar apps ignore the URL property, and a link nobody
    /// sees is the "export without details" people complain about.
    /// </summary>
    private static string? Description(string? agenda, Uri? link)
    {
        var parts = new[] { agenda?.Trim(), link is null ? null : $"Link: {link}" }.Where(p => !string.IsNullOrEmpty(p));
        var text = string.Join("\n\n", parts);
        return text.Length == 0 ? null : text;
    }

    private static RecurrenceRule Rule(MeetingSchedule schedule, DateTimeZone zone)
    {
        var rule = new RecurrenceRule(schedule.Recurrence.ToRRule()!) { Count = schedule.Count };
        if (schedule.Until is { } until)
        {
            // RFC 5545 wants UNTIL in UTC when DTSTART has a TZID; the last second of the local end date
            // keeps that date's meeting whatever its time.
            var end = Occurrences.Resolve(until.PlusDays(1).AtMidnight(), zone) - NodaTime.Duration.FromSeconds(1);
            rule.Until = new CalDateTime(end.ToDateTimeUtc(), CalDateTime.UtcTzId, hasTime: true);
        }

        return rule;
    }

    private static CalDateTime Time(LocalDateTime local, string timeZoneId) =>
        new(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, timeZoneId);

    private static IcalDuration Length(NodaTime.Duration duration)
    {
        // Hours, minutes and seconds are exact in RFC 5545, so a meeting across a DST change keeps its length.
        var seconds = (long)duration.TotalSeconds;
        return new IcalDuration(null, null, (int)(seconds / 3600), (int)(seconds / 60 % 60), (int)(seconds % 60));
    }
}
