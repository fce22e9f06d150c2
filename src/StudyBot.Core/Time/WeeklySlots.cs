using NodaTime;
using NodaTime.TimeZones;

namespace StudyBot.Core.Time;

/// <summary>Times that come back every week on some weekdays at one local time, in a person's own zone.</summary>
public static class WeeklySlots
{
    /// <summary>
    /// The first slot after <paramref name="after"/> on one of <paramref name="days"/> at <paramref name="time"/> in
    /// <paramref name="zone"/>. A time skipped by a clock change moves forward; a repeated one takes the earlier instant.
    /// </summary>
    public static ZonedDateTime Next(Instant after, DateTimeZone zone, IReadOnlySet<IsoDayOfWeek> days, LocalTime time)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(days);
        var date = after.InZone(zone).Date;

        // Eight days always reach the same weekday again, whatever today is.
        for (var i = 0; i <= 8; i++, date = date.PlusDays(1))
        {
            if (!days.Contains(date.DayOfWeek))
            {
                continue;
            }

            var at = zone.ResolveLocal(date + time, Resolvers.LenientResolver);
            if (at.ToInstant() > after)
            {
                return at;
            }
        }

        throw new InvalidOperationException("A weekly slot needs at least one weekday.");
    }
}
