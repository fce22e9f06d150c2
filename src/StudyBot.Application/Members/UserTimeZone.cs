namespace StudyBot.Application.Members;

/// <summary>A user's zone and where it came from.</summary>
/// <param name="Id">The zone id.</param>
/// <param name="FromPlatform">True when the platform's profile supplied it, rather than <c>/timezone set</c>.</param>
public sealed record UserTimeZone(string Id, bool FromPlatform);
