using NodaTime;

namespace StudyBot.Scheduling.Tests;

/// <summary>
/// When a local wall-clock time happens, worked out with the operating system's time zone data
/// (<see cref="TimeZoneInfo"/>), independently of the NodaTime database StudyBot uses. The rules are the
/// calendar ones (RFC 5545) StudyBot promises: a time in a spring-forward gap moves forward by the gap, an
/// ambiguous one in a fall-back overlap takes the earlier instant.
/// </summary>
internal static class ZoneOracle
{
    public static bool Knows(string zoneId) => TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out _);

    public static Instant Resolve(LocalDateTime local, string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var wall = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(wall))
        {
            // In the gap: the offset before it applies, which lands as far past the gap's end as the time was past its start.
            offset = zone.GetUtcOffset(wall.AddHours(-6));
        }
        else if (zone.IsAmbiguousTime(wall))
        {
            offset = zone.GetAmbiguousTimeOffsets(wall).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(wall);
        }

        return Instant.FromDateTimeUtc(DateTime.SpecifyKind(wall - offset, DateTimeKind.Utc));
    }
}
