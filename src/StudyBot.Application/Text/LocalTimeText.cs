using NodaTime;
using NodaTime.Text;

namespace StudyBot.Application.Text;

/// <summary>How StudyBot writes a local time for people: "Tue 16 Mar 2027 19:00 CET".</summary>
public static class LocalTimeText
{
    private static readonly ZonedDateTimePattern Pattern =
        ZonedDateTimePattern.CreateWithInvariantCulture("ddd d MMM uuuu HH:mm x", DateTimeZoneProviders.Tzdb);

    /// <summary>Formats a zoned time with its abbreviation.</summary>
    public static string Format(ZonedDateTime time) => Pattern.Format(time);

    /// <summary>Formats an instant in a zone.</summary>
    public static string Format(Instant instant, DateTimeZone zone) => Format(instant.InZone(zone));
}
