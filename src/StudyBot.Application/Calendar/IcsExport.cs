using NodaTime;

namespace StudyBot.Application.Calendar;

/// <summary>
/// Writes a group's meetings as an iCalendar (RFC 5545) file: one VEVENT per series with its RRULE in the
/// group's zone (so calendars keep 19:00 at 19:00 across daylight saving), EXDATEs for skipped meetings,
/// RECURRENCE-ID overrides for moved ones, and a VTIMEZONE built from NodaTime for every zone used.
/// </summary>
public static class IcsExport
{
    /// <summary>The PRODID every export carries.</summary>
    public const string ProductId = "-//StudyBot//StudyBot//EN";

    /// <summary>
    /// The .ics text for <paramref name="series"/>. <paramref name="stamp"/> is the DTSTAMP (when the file
    /// was made), passed in so exports are reproducible. A series without any meeting left is omitted.
    /// <paramref name="refresh"/>, for a subscribed feed, tells calendar apps how often to fetch it again.
    /// </summary>
    public static string Create(string calendarName, IEnumerable<IcsSeries> series, Instant stamp, Duration? refresh = null)
    {
        ArgumentNullException.ThrowIfNull(calendarName);
        ArgumentNullException.ThrowIfNull(series);
        var events = series.Select(s => new IcsSeriesEvents(s ?? throw new ArgumentException("A series is null.", nameof(series))))
            .Where(e => e.HasEvents)
            .Select(e => (Events: e, e.Series.TimeZoneId, e.SpanStart, e.SpanEnd))
            .ToList();
        var writer = new IcsWriter();
        writer.Begin("VCALENDAR");
        writer.Raw("VERSION", "2.0");
        writer.Raw("PRODID", ProductId);
        writer.Raw("CALSCALE", "GREGORIAN");
        writer.Raw("METHOD", "PUBLISH");

        // Most calendar apps show X-WR-CALNAME as the name of an imported or subscribed calendar.
        writer.Text("X-WR-CALNAME", calendarName);
        if (refresh is { } every)
        {
            writer.Raw("REFRESH-INTERVAL", IcsWriter.Duration(every), ("VALUE", "DURATION"));
            writer.Raw("X-PUBLISHED-TTL", IcsWriter.Duration(every));
        }

        // Time zones go first: some older clients read a file top to bottom and need them before the events.
        foreach (var zone in events.GroupBy(e => e.TimeZoneId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var end = zone.Any(e => e.SpanEnd is null) ? (Instant?)null : zone.Max(e => e.SpanEnd!.Value);
            IcsTimeZones.Write(writer, zone.Key, zone.Min(e => e.SpanStart), end);
        }

        foreach (var item in events)
        {
            item.Events.Write(writer, stamp);
        }

        writer.End("VCALENDAR");
        return writer.ToString();
    }
}
