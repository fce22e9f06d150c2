using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Application.Meetings;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Core.Roles;
using StudyBot.Persistence;

namespace StudyBot.Application.Roles;

/// <summary>
/// The rotation at each meeting: forecast until it is fixed (at the lead time, with the first reminder),
/// fixed and announced once, and passed on when someone who holds a role can no longer come.
/// </summary>
public sealed class RoleRotations(StudyBotDbContext db, GroupRoles groupRoles, AwayCalendar away, MeetingFinder finder, SeriesOccurrences occurrences, Outbox outbox, AfterCommit afterCommit, IBackgroundWork signals)
{
    // A forecast plays the meetings before it forward; this far is plenty for any forecast people ask for.
    private const int MaxMeetingsAhead = 200;

    /// <summary>
    /// The meeting's roles: fixed if they are, else the forecast, which plays forward every meeting of the group
    /// before it as if it had happened (so it agrees with <see cref="UpcomingAsync"/>). Null when the group has no roles.
    /// </summary>
    public async Task<MeetingRoles?> CurrentAsync(Group group, MeetingSeries series, PlannedOccurrence occurrence, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(occurrence);
        var roles = await groupRoles.ListAsync(group.Id, cancellationToken).ConfigureAwait(false);
        if (roles.Count == 0)
        {
            return null;
        }

        var before = (await MeetingsAsync(group, now, MaxMeetingsAhead, cancellationToken).ConfigureAwait(false))
            .Where(m => m.Occurrence.Start < occurrence.Start && !(m.Series.Id == series.Id && m.Occurrence.Original == occurrence.Original))
            .ToList();
        before.Add((series, occurrence));
        return (await PlayForwardAsync(group, roles, before, cancellationToken).ConfigureAwait(false))[^1];
    }

    /// <summary>The roles at the group's next <paramref name="count"/> meetings (all its series), fixed or forecast.</summary>
    public async Task<IReadOnlyList<MeetingRoles>> UpcomingAsync(Group group, int count, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var roles = await groupRoles.ListAsync(group.Id, cancellationToken).ConfigureAwait(false);
        if (roles.Count == 0)
        {
            return [];
        }

        var meetings = await MeetingsAsync(group, now, count, cancellationToken).ConfigureAwait(false);
        return await PlayForwardAsync(group, roles, meetings, cancellationToken).ConfigureAwait(false);
    }

    // The group's next meetings across its series, in start order.
    private async Task<List<(MeetingSeries Series, PlannedOccurrence Occurrence)>> MeetingsAsync(Group group, Instant now, int count, CancellationToken cancellationToken)
    {
        var meetings = new List<(MeetingSeries Series, PlannedOccurrence Occurrence)>();
        foreach (var series in await finder.ActiveSeriesAsync(group, cancellationToken).ConfigureAwait(false))
        {
            var upcoming = await occurrences.UpcomingAsync(series, group.Zone(), now, count, cancellationToken).ConfigureAwait(false);
            meetings.AddRange(upcoming.Select(o => (series, o)));
        }

        return meetings.OrderBy(m => m.Occurrence.Start).ThenBy(m => m.Series.Id).Take(count).ToList();
    }

    // Each meeting's rotation, fixed or forecast; each forecast sees the ones before it as if they had happened,
    // as the rotation will when they have.
    private async Task<List<MeetingRoles>> PlayForwardAsync(Group group, IReadOnlyList<MeetingRole> roles, List<(MeetingSeries Series, PlannedOccurrence Occurrence)> meetings, CancellationToken cancellationToken)
    {
        var result = new List<MeetingRoles>();
        if (meetings.Count == 0)
        {
            return result;
        }

        var history = await RoleHistory.LoadAsync(db, group.Id, meetings[0].Occurrence.Start, cancellationToken).ConfigureAwait(false);
        foreach (var (series, occurrence) in meetings)
        {
            var rows = await RowsAsync(series.Id, occurrence.Original, cancellationToken).ConfigureAwait(false);
            var meeting = rows.Exists(r => r.FixedAt is not null)
                ? FromRows(group, series, occurrence, roles, rows)
                : await ForecastAsync(group, series, occurrence, roles, rows, history, cancellationToken).ConfigureAwait(false);
            history.Add(meeting);
            result.Add(meeting);
        }

        return result;
    }

    /// <summary>
    /// Fixes the meeting's rotation and announces it in the channel and to each member by DM, once: a meeting
    /// already fixed is returned as it is. Null when the group has no roles.
    /// </summary>
    public async Task<MeetingRoles?> FixAsync(Group group, MeetingSeries series, PlannedOccurrence occurrence, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(occurrence);
        var roles = await groupRoles.ListAsync(group.Id, cancellationToken).ConfigureAwait(false);
        if (roles.Count == 0)
        {
            return null;
        }

        var rows = await RowsAsync(series.Id, occurrence.Original, cancellationToken).ConfigureAwait(false);
        if (rows.Exists(r => r.FixedAt is not null))
        {
            return FromRows(group, series, occurrence, roles, rows);
        }

        // What was forecast is what gets fixed, meetings of other series before it included.
        var forecast = await CurrentAsync(group, series, occurrence, now, cancellationToken).ConfigureAwait(false);
        foreach (var holder in forecast!.Holders)
        {
            var row = rows.Find(r => r.RoleId == holder.Role.Id);
            if (row is null)
            {
                row = new RoleAssignment(group.Id, series.Id, occurrence.Original, occurrence.Start, holder.Role.Id, holder.UserId, RoleAssignmentSource.Rotation, now);
                db.RoleAssignments.Add(row);
            }
            else
            {
                // An override whose member can no longer come was passed over by the forecast.
                row.Source = row.UserId == holder.UserId ? row.Source : RoleAssignmentSource.Rotation;
                row.UserId = holder.UserId;
                row.Start = occurrence.Start;
                row.FixedAt = now;
            }
        }

        var fixedRoles = forecast with { Fixed = true };
        var key = FixKey(series.Id, occurrence);
        var messages = new List<(Reply Content, string? DirectUserId, string Key)> { (RoleMessages.Announcement(fixedRoles, RoleMessages.Names(group)), null, key) };
        foreach (var user in fixedRoles.Holders.Select(h => h.UserId).OfType<string>().Distinct())
        {
            messages.Add((RoleMessages.YourRoles(fixedRoles, fixedRoles.HeldBy(user)), user, $"{key}:dm:{user}"));
        }

        await SendAsync(group, occurrence, messages, now, cancellationToken).ConfigureAwait(false);
        return fixedRoles;
    }

    /// <summary>
    /// <paramref name="userId"/> can no longer come (said can't, or is away): each fixed role they hold passes to
    /// the next in line, and the group and the new holders are told. Returns a line per role for the member.
    /// Before the rotation is fixed there is nothing to do: the forecast already leaves them out.
    /// </summary>
    public async Task<IReadOnlyList<string>> HandOverAsync(Group group, MeetingSeries series, PlannedOccurrence occurrence, string userId, Instant now, CancellationToken cancellationToken, bool leftGroup = false)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(occurrence);
        var rows = await RowsAsync(series.Id, occurrence.Original, cancellationToken).ConfigureAwait(false);
        var leaving = rows.Where(r => r.FixedAt is not null && r.UserId == userId).ToList();
        if (leaving.Count == 0 || occurrence.Start <= now)
        {
            return [];
        }

        var roles = await groupRoles.ListAsync(group.Id, cancellationToken).ConfigureAwait(false);
        var kept = rows.Where(r => r.UserId != userId).ToDictionary(r => r.RoleId, r => r.UserId);
        var unavailable = await UnavailableAsync(group, series, occurrence, cancellationToken).ConfigureAwait(false);
        unavailable.Add(userId);
        var history = await RoleHistory.LoadAsync(db, group.Id, occurrence.Start, cancellationToken).ConfigureAwait(false);
        var result = Rotate(group, roles, kept, unavailable, history);
        var name = RoleMessages.Names(group);
        var meeting = FromRows(group, series, occurrence, roles, rows);
        var lines = new List<string>();
        var messages = new List<(Reply Content, string? DirectUserId, string Key)>();
        var stamp = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        foreach (var row in leaving)
        {
            var role = roles.Single(r => r.Id == row.RoleId);
            row.UserId = result[row.RoleId];
            row.Source = RoleAssignmentSource.PassedOn;
            var line = row.UserId is { } next ? $"**{role.Name}** passes to {name(next)}" : $"**{role.Name}** stays empty: nobody else is free";
            lines.Add(line);
            if (row.UserId is { } taker)
            {
                messages.Add((RoleMessages.YourRoles(FromRows(group, series, occurrence, roles, rows), [role], $"{name(userId)} {(leftGroup ? "left the group" : "can't make it")}, so it passed to you."), taker, $"{FixKey(series.Id, occurrence)}:passed:{role.Id}:{taker}:{stamp}"));
            }
        }

        var why = leftGroup ? $"left {group.Name}, so for **{series.Title}** on {RoleMessages.When(meeting)}" : $"can't make **{series.Title}** on {RoleMessages.When(meeting)}";
        var text = $"{name(userId)} {why}: {string.Join("; ", lines)}.";
        messages.Insert(0, (new Reply { Text = text, MentionUserIds = rows.Select(r => r.UserId).OfType<string>().Distinct().ToList() }, null, $"{FixKey(series.Id, occurrence)}:left:{userId}:{stamp}"));
        await SendAsync(group, occurrence, messages, now, cancellationToken).ConfigureAwait(false);
        return lines;
    }

    /// <summary>
    /// Hands over every fixed role <paramref name="userId"/> holds at the group's meetings ahead that
    /// <paramref name="covers"/> selects (an away period's days; all of them when they left the group).
    /// Returns a line per role that passed on, naming the meeting.
    /// </summary>
    public async Task<IReadOnlyList<string>> HandOverAheadAsync(Group group, string userId, Func<PlannedOccurrence, bool> covers, bool leftGroup, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(covers);
        var lines = new List<string>();
        var fixedAhead = await db.RoleAssignments
            .Where(a => a.GroupId == group.Id && a.UserId == userId && a.FixedAt != null && a.Start > now)
            .Select(a => new { a.SeriesId, a.Occurrence })
            .Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var meeting in fixedAhead)
        {
            var series = await db.MeetingSeries.SingleAsync(s => s.Id == meeting.SeriesId, cancellationToken).ConfigureAwait(false);
            var (occurrence, _) = await occurrences.OnDateAsync(series, group.Zone(), meeting.Occurrence.Date, cancellationToken).ConfigureAwait(false);
            if (occurrence is null || occurrence.Original != meeting.Occurrence || !covers(occurrence))
            {
                continue;
            }

            var passed = await HandOverAsync(group, series, occurrence, userId, now, cancellationToken, leftGroup).ConfigureAwait(false);
            lines.AddRange(passed.Select(p => $"{series.Title} on {MeetingText.When(occurrence.Start, group.Zone())}: {p}"));
        }

        return lines;
    }

    /// <summary>The rotation for the roles not in <paramref name="kept"/>, skipping the <paramref name="unavailable"/>.</summary>
    internal static IReadOnlyDictionary<long, string?> Rotate(Group group, IReadOnlyList<MeetingRole> roles, IReadOnlyDictionary<long, string?> kept, IReadOnlySet<string> unavailable, RoleHistory history)
    {
        var members = group.Members
            .OrderBy(m => m.JoinedAt).ThenBy(m => m.Id)
            .Select(m => new RotationMember(m.UserId, !unavailable.Contains(m.UserId)))
            .ToList();
        return RoleRotation.Assign(roles.Select(r => new RotationRole(r.Id, r.Required)).ToList(), members, history.LastServed, kept);
    }

    /// <summary>Members who said they can't come to the meeting or are away that day.</summary>
    internal async Task<HashSet<string>> UnavailableAsync(Group group, MeetingSeries series, PlannedOccurrence occurrence, CancellationToken cancellationToken)
    {
        var cant = await db.Rsvps
            .Where(r => r.SeriesId == series.Id && r.Occurrence == occurrence.Original && r.Status == RsvpStatus.Cant)
            .Select(r => r.UserId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var awayNow = await away.AwayAtAsync(group.WorkspaceId, group.Members.Select(m => m.UserId).ToList(), occurrence.Start, group.Zone(), cancellationToken).ConfigureAwait(false);
        var unavailable = cant.ToHashSet(StringComparer.Ordinal);
        unavailable.UnionWith(awayNow);
        return unavailable;
    }

    /// <summary>
    /// The meeting's assignments (fixed, or overrides waiting for the fix), including those added earlier in this
    /// unit of work: the engine may fix a rotation and send a reminder of the same meeting in one transaction.
    /// </summary>
    internal async Task<List<RoleAssignment>> RowsAsync(long seriesId, LocalDateTime original, CancellationToken cancellationToken)
    {
        var stored = await db.RoleAssignments.Where(a => a.SeriesId == seriesId && a.Occurrence == original).ToListAsync(cancellationToken).ConfigureAwait(false);
        var added = db.ChangeTracker.Entries<RoleAssignment>()
            .Where(e => e.State == EntityState.Added && e.Entity.SeriesId == seriesId && e.Entity.Occurrence == original)
            .Select(e => e.Entity);
        return stored.Concat(added).Distinct().ToList();
    }

    /// <summary>The meeting's roles as stored.</summary>
    internal static MeetingRoles FromRows(Group group, MeetingSeries series, PlannedOccurrence occurrence, IReadOnlyList<MeetingRole> roles, List<RoleAssignment> rows) =>
        new(group, series, occurrence, roles.Select(r => new RoleHolder(r, rows.Find(a => a.RoleId == r.Id)?.UserId)).ToList(), rows.Exists(r => r.FixedAt is not null));

    /// <summary>Queues messages to the group's channel (null user) or to members by DM, expiring when the meeting starts.</summary>
    internal async Task SendAsync(Group group, PlannedOccurrence occurrence, IReadOnlyList<(Reply Content, string? DirectUserId, string Key)> messages, Instant now, CancellationToken cancellationToken)
    {
        var workspace = await db.Workspaces.SingleAsync(w => w.Id == group.WorkspaceId, cancellationToken).ConfigureAwait(false);
        var outbound = messages
            .Select(m => (m.DirectUserId is null
                ? MeetingMessages.ToGroup(workspace, group, m.Content, m.Key)
                : new OutboundMessage(workspace.Platform, workspace.ExternalId, null, m.DirectUserId, m.Content, m.Key), (Instant?)occurrence.Start))
            .ToList();
        if (await outbox.EnqueueManyAsync(outbound, now, cancellationToken).ConfigureAwait(false) > 0)
        {
            afterCommit.AddOnce(signals.OutboxChanged);
        }
    }

    private static string FixKey(long seriesId, PlannedOccurrence occurrence) =>
        string.Create(CultureInfo.InvariantCulture, $"role.fixed:{seriesId}:{MeetingText.Key(occurrence.Original)}");

    private async Task<MeetingRoles> ForecastAsync(Group group, MeetingSeries series, PlannedOccurrence occurrence, IReadOnlyList<MeetingRole> roles, List<RoleAssignment> overrides, RoleHistory history, CancellationToken cancellationToken)
    {
        // An override stands while its member can still come; otherwise the rotation fills the role.
        var unavailable = await UnavailableAsync(group, series, occurrence, cancellationToken).ConfigureAwait(false);
        var kept = overrides
            .Where(o => o.UserId is null || (group.FindMember(o.UserId) is not null && !unavailable.Contains(o.UserId)))
            .ToDictionary(o => o.RoleId, o => o.UserId);
        var result = Rotate(group, roles, kept, unavailable, history);
        return new MeetingRoles(group, series, occurrence, roles.Select(r => new RoleHolder(r, result[r.Id])).ToList(), Fixed: false);
    }
}
