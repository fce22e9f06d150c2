using Microsoft.EntityFrameworkCore;
using StudyBot.Core;
using StudyBot.Persistence;

namespace StudyBot.Discord.ScheduledEvents;

/// <summary>Reads every series that should be mirrored and every series that still has an event.</summary>
internal static class MirrorTargets
{
    public static async Task<IReadOnlyList<MirrorTarget>> LoadAsync(StudyBotDbContext db, CancellationToken cancellationToken)
    {
        var wanted = await (
            from s in db.MeetingSeries
            join g in db.Groups on s.GroupId equals g.Id
            join w in db.Workspaces on g.WorkspaceId equals w.Id
            where s.CancelledAt == null && g.MirrorMeetingsToDiscord && w.Platform == Platform.Discord
            select new { Series = s, Group = g, Workspace = w }).ToListAsync(cancellationToken).ConfigureAwait(false);

        // Links whose series was cancelled or whose group opted out must be found too, to delete their events.
        var linked = await (
            from e in db.ExternalEvents
            join s in db.MeetingSeries on e.SeriesId equals s.Id
            join g in db.Groups on s.GroupId equals g.Id
            join w in db.Workspaces on g.WorkspaceId equals w.Id
            select new { Link = e, Series = s, Group = g, Workspace = w }).ToListAsync(cancellationToken).ConfigureAwait(false);

        var links = linked.ToDictionary(l => l.Series.Id);
        var wantedIds = wanted.Select(w => w.Series.Id).ToHashSet();
        return wanted.Select(w => new MirrorTarget(w.Series, w.Group, w.Workspace, links.GetValueOrDefault(w.Series.Id)?.Link))
            .Concat(linked.Where(l => !wantedIds.Contains(l.Series.Id)).Select(l => new MirrorTarget(l.Series, l.Group, l.Workspace, l.Link)))
            .OrderBy(t => t.Workspace.Id)
            .ThenBy(t => t.Series.Id)
            .ToList();
    }
}
