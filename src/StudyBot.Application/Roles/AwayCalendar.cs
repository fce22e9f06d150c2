using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Core.Roles;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Roles;

/// <summary>
/// Who is away when. A period's dates are in the member's own zone (the one they set with
/// <c>/timezone set</c>), else in the zone of the group asking, so a member away "until Friday" is back
/// on their own Saturday.
/// </summary>
public sealed class AwayCalendar(StudyBotDbContext db)
{
    /// <summary>Which of <paramref name="userIds"/> are away at <paramref name="at"/>.</summary>
    public async Task<IReadOnlySet<string>> AwayAtAsync(long workspaceId, IReadOnlyCollection<string> userIds, Instant at, DateTimeZone groupZone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        ArgumentNullException.ThrowIfNull(groupZone);

        // A day either side covers every zone; the exact day is checked below in the member's zone.
        var roughly = at.InUtc().Date;
        var (from, until) = (roughly.PlusDays(-1), roughly.PlusDays(1));
        var periods = await db.AwayPeriods
            .Where(p => p.WorkspaceId == workspaceId && userIds.Contains(p.UserId) && p.From <= until && p.Until >= from)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (periods.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var zones = await ZonesAsync(workspaceId, periods.Select(p => p.UserId).Distinct().ToList(), cancellationToken).ConfigureAwait(false);
        return periods
            .Where(p => p.Covers(at.InZone(zones.GetValueOrDefault(p.UserId) ?? groupZone).Date))
            .Select(p => p.UserId)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The members' own zones, where they set one.</summary>
    public async Task<Dictionary<string, DateTimeZone?>> ZonesAsync(long workspaceId, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var profiles = await db.UserProfiles
            .Where(p => p.WorkspaceId == workspaceId && userIds.Contains(p.UserId) && p.TimeZoneId != null)
            .Select(p => new { p.UserId, p.TimeZoneId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return profiles.ToDictionary(p => p.UserId, p => (DateTimeZone?)TimeZones.Resolve(p.TimeZoneId!), StringComparer.Ordinal);
    }
}
