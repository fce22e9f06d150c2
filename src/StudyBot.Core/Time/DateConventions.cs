using NodaTime;

namespace StudyBot.Core.Time;

/// <summary>
/// The date order a group is likely used to, derived from its zone so nothing more is stored: month
/// first in United States zones and Manila, day first everywhere else (including the rest of the Americas).
/// </summary>
public static class DateConventions
{
    private static readonly string[] MonthFirstZones =
    [
        "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
        "America/Anchorage", "America/Adak", "America/Boise", "America/Detroit", "America/Juneau", "America/Sitka",
        "America/Metlakatla", "America/Nome", "America/Yakutat", "America/Menominee", "Pacific/Honolulu", "Asia/Manila",
    ];

    private static readonly string[] MonthFirstPrefixes = ["America/Indiana/", "America/Kentucky/", "America/North_Dakota/", "US/"];

    /// <summary>The order for a zone (by its id).</summary>
    public static DateOrder For(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var id = zone.Id;
        return MonthFirstZones.Contains(id) || MonthFirstPrefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal))
            ? DateOrder.MonthDay
            : DateOrder.DayMonth;
    }
}
