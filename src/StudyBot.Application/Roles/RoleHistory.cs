using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Core.Meetings;
using StudyBot.Core.Roles;
using StudyBot.Persistence;

namespace StudyBot.Application.Roles;

/// <summary>
/// When each member last did each role, from the group's fixed rotations of meetings before a given start.
/// Meetings that were skipped or cancelled do not count: nobody served at them.
/// </summary>
public sealed class RoleHistory
{
    private readonly Dictionary<(long Role, string User), long> _last = [];

    /// <summary>The start (Unix ms) of the last meeting at which the member did the role, or null.</summary>
    public long? LastServed(long roleId, string userId) => _last.TryGetValue((roleId, userId), out var at) ? at : null;

    /// <summary>Adds a meeting's rotation (fixed or forecast) as if it had happened, to forecast the next one.</summary>
    public void Add(MeetingRoles meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        foreach (var holder in meeting.Holders.Where(h => h.UserId is not null))
        {
            Record(holder.Role.Id, holder.UserId!, meeting.Occurrence.Start.ToUnixTimeMilliseconds());
        }
    }

    /// <summary>The history of the group's meetings that start before <paramref name="before"/>.</summary>
    public static async Task<RoleHistory> LoadAsync(StudyBotDbContext db, long groupId, Instant before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.RoleAssignments
            .Where(a => a.GroupId == groupId && a.FixedAt != null && a.UserId != null && a.Start < before)
            .Select(a => new { a.SeriesId, a.Occurrence, a.RoleId, a.UserId, a.Start })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // Rotations fixed earlier in this unit of work count too (two series of a group fixed in one batch).
        rows.AddRange(db.ChangeTracker.Entries<RoleAssignment>()
            .Where(e => e.State == EntityState.Added && e.Entity.GroupId == groupId && e.Entity.FixedAt != null && e.Entity.UserId != null && e.Entity.Start < before)
            .Select(e => new { e.Entity.SeriesId, e.Entity.Occurrence, e.Entity.RoleId, e.Entity.UserId, e.Entity.Start }));
        var seriesIds = rows.Select(r => r.SeriesId).Distinct().ToList();
        var calledOff = (await db.OccurrenceChanges
                .Where(c => seriesIds.Contains(c.SeriesId) && (c.Kind == OccurrenceChangeKind.Skipped || c.Kind == OccurrenceChangeKind.Cancelled))
                .Select(c => new { c.SeriesId, c.OriginalStart })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(c => (c.SeriesId, c.OriginalStart))
            .ToHashSet();

        var history = new RoleHistory();
        foreach (var row in rows.Where(r => !calledOff.Contains((r.SeriesId, r.Occurrence))))
        {
            history.Record(row.RoleId, row.UserId!, row.Start.ToUnixTimeMilliseconds());
        }

        return history;
    }

    private void Record(long roleId, string userId, long at)
    {
        if (!_last.TryGetValue((roleId, userId), out var known) || known < at)
        {
            _last[(roleId, userId)] = at;
        }
    }
}
