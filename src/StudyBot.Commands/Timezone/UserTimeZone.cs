using StudyBot.Commands.Routing;
using StudyBot.Core.Time;

namespace StudyBot.Commands.Timezone;

/// <summary>A user's zone and where it came from.</summary>
/// <param name="Id">The zone id.</param>
/// <param name="FromPlatform">True when the platform's profile supplied it, rather than <c>/timezone set</c>.</param>
public sealed record UserTimeZone(string Id, bool FromPlatform);

/// <summary>Finds a user's zone: their own setting first, then their platform profile.</summary>
public sealed class UserTimeZones(UserProfiles profiles, IEnumerable<IPlatformTimeZones> platforms)
{
    /// <summary>The zone, or null when neither the user nor the platform gave one.</summary>
    public async Task<UserTimeZone?> FindAsync(WorkspaceRef workspace, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var profile = await profiles.FindAsync(workspace, userId, cancellationToken).ConfigureAwait(false);
        if (profile?.TimeZoneId is { } own)
        {
            return new UserTimeZone(own, FromPlatform: false);
        }

        foreach (var source in platforms.Where(p => p.Platform == workspace.Platform))
        {
            // Only zones StudyBot can resolve count; a platform may send a legacy or empty id.
            if (await source.FindAsync(workspace, userId, cancellationToken).ConfigureAwait(false) is { } id && TimeZones.Parse(id) is { IsSuccess: true } parsed)
            {
                return new UserTimeZone(parsed.Value!.Id, FromPlatform: true);
            }
        }

        return null;
    }
}
