using StudyBot.Core;

namespace StudyBot.Application.Members;

/// <summary>
/// A platform's own idea of a user's time zone (Slack's profile <c>tz</c>), used when the user has not
/// set one with <c>/timezone set</c>. Discord does not share users' zones, so it has none.
/// </summary>
public interface IPlatformTimeZones
{
    /// <summary>The platform this source answers for.</summary>
    Platform Platform { get; }

    /// <summary>The user's IANA zone on the platform, or null when unknown.</summary>
    Task<string?> FindAsync(WorkspaceRef workspace, string userId, CancellationToken cancellationToken);
}
