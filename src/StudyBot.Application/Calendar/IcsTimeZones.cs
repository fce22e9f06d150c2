using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;
using StudyBot.Core.Time;

namespace StudyBot.Application.Calendar;

/// <summary>Builds the VTIMEZONE a calendar needs for each zone its events use.</summary>
internal static class IcsTimeZones
{
    /// <summary>
    /// For an IANA id, Ical.Net's rules from tzdb, from <paramref name="earliest"/> on (older history
    /// only bloats the file). For a fixed offset such as <c>UTC+02:00</c>, which no calendar knows by name,
    /// a zone with a single standard-time rule, so the export stays valid and the times stay local.
    /// </summary>
    internal static VTimeZone Create(string timeZoneId, LocalDateTime earliest)
    {
        if (DateTimeZoneProviders.Tzdb.Ids.Contains(timeZoneId))
        {
            return VTimeZone.FromDateTimeZone(timeZoneId, earliest.ToDateTimeUnspecified(), includeHistoricalData: false);
        }

        var zone = TimeZones.Resolve(timeZoneId);
        var offset = zone.GetUtcOffset(Instant.FromUnixTimeSeconds(0)).ToTimeSpan();
        var standard = new VTimeZoneInfo(Components.Standard)
        {
            DtStart = new CalDateTime(1970, 1, 1, 0, 0, 0, null),
            OffsetFrom = new UtcOffset(offset),
            OffsetTo = new UtcOffset(offset),
            TimeZoneName = timeZoneId,
        };
        var vtimezone = new VTimeZone(timeZoneId);

        // X-LIC-LOCATION names a tzdb location for libical-based clients; a fixed offset has none.
        vtimezone.Properties.Remove("X-LIC-LOCATION");
        vtimezone.TimeZoneInfos.Add(standard);
        return vtimezone;
    }
}
