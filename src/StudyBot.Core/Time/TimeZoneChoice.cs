using NodaTime;

namespace StudyBot.Core.Time;

/// <summary>A time zone the user asked for, with a warning when it will not follow daylight saving.</summary>
/// <param name="Id">The id to store: an IANA id, or a fixed offset such as <c>UTC+02:00</c>.</param>
/// <param name="Zone">The resolved zone.</param>
/// <param name="Warning">Set for fixed offsets, which ignore daylight saving.</param>
public sealed record TimeZoneChoice(string Id, DateTimeZone Zone, string? Warning);
