using StudyBot.Application.Checkins;
using StudyBot.Application.Mentors;
using StudyBot.Core.Results;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Members;

/// <summary>A user's own time zone: what they set, else what their platform profile says.</summary>
public sealed class UserTimeZones(StudyBotDbContext db, UserProfiles profiles, IEnumerable<IPlatformTimeZones> platforms, CheckinPlanner checkins, MentorPlanner mentors, TimeProvider time)
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

    /// <summary>Sets the user's own zone from what they typed, or says what was wrong.</summary>
    public async Task<Result<TimeZoneChoice>> SetAsync(WorkspaceRef workspace, string userId, string typed, CancellationToken cancellationToken)
    {
        var zone = TimeZones.Parse(typed);
        if (!zone.IsSuccess)
        {
            return zone;
        }

        var profile = await profiles.GetOrCreateAsync(workspace, userId, cancellationToken).ConfigureAwait(false);
        profile.TimeZoneId = zone.Value!.Id;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        // Check-in prompts and mentor check-ins come at their time in each person's zone, so they move with it.
        var now = time.Now();
        await checkins.ReplanForMemberAsync(profile.WorkspaceId, userId, now, cancellationToken).ConfigureAwait(false);
        await mentors.ReplanForPersonAsync(profile.WorkspaceId, userId, now, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return zone;
    }
}
