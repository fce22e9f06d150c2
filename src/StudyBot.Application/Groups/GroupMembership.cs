using Microsoft.EntityFrameworkCore;
using StudyBot.Application.Checkins;
using StudyBot.Application.Members;
using StudyBot.Application.Roles;
using StudyBot.Core.Groups;
using StudyBot.Core.Results;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Groups;

/// <summary>Creating groups, joining and leaving them, and listing a workspace's groups.</summary>
public sealed class GroupMembership(StudyBotDbContext db, Workspaces workspaces, UserTimeZones zones, RoleRotations roles, CheckinPlanner checkins, TimeProvider time)
{
    /// <summary>
    /// A group homed in <paramref name="channel"/> with the invoker as its first organizer. Without a zone,
    /// the invoker's own zone applies (else UTC).
    /// </summary>
    public async Task<Result<GroupCreated>> CreateAsync(WorkspaceRef workspace, ChannelRef channel, Invoker invoker, string name, string? timeZone, string? description, string? charter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(invoker);
        var stored = await workspaces.GetOrCreateAsync(workspace, cancellationToken).ConfigureAwait(false);
        var own = timeZone is null ? await zones.FindAsync(workspace, invoker.UserId, cancellationToken).ConfigureAwait(false) : null;
        var zone = TimeZones.Parse(timeZone ?? own?.Id ?? "UTC");
        if (!zone.IsSuccess)
        {
            return zone.Error;
        }

        var created = Group.Create(stored.Id, name, channel.Id, zone.Value!.Id, invoker.UserId, invoker.DisplayName, time.Now());
        if (!created.IsSuccess)
        {
            return created.Error;
        }

        var group = created.Value!;
        var existing = await db.Groups.Where(g => g.WorkspaceId == stored.Id && g.NormalizedName == group.NormalizedName)
            .Select(g => g.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return new UserError($"A group named \"{existing}\" already exists here. Pick another name, or join it with `/group join name:\"{existing}\"`.");
        }

        var texts = GroupTexts.Apply(group, description, charter);
        if (!texts.IsSuccess)
        {
            return texts.Error;
        }

        db.Groups.Add(group);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new GroupCreated(group, zone.Value.Warning);
    }

    /// <summary>Adds the invoker to the group.</summary>
    public async Task<Result<GroupMember>> JoinAsync(Group group, Invoker invoker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        var joined = group.Join(invoker.UserId, invoker.DisplayName, time.Now());
        if (joined.IsSuccess)
        {
            // Their first check-in prompt is planned at the group's time in their zone.
            await checkins.ReplanAsync(group, time.Now(), cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return joined;
    }

    /// <summary>
    /// Removes the invoker from the group; its last organizer cannot leave while others remain. Roles they were
    /// fixed to do at meetings ahead pass on; the result holds a line per role that did.
    /// </summary>
    public async Task<Result<IReadOnlyList<string>>> LeaveAsync(Group group, Invoker invoker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        var left = group.Leave(invoker.UserId);
        if (!left.IsSuccess)
        {
            return left.Error;
        }

        db.GroupMembers.Remove(left.Value!);
        var passed = await roles.HandOverAheadAsync(group, invoker.UserId, _ => true, leftGroup: true, time.Now(), cancellationToken).ConfigureAwait(false);
        await checkins.ReplanAsync(group, time.Now(), cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Result<IReadOnlyList<string>>.Ok(passed);
    }

    /// <summary>The workspace's groups by name, at most <paramref name="take"/>.</summary>
    public async Task<IReadOnlyList<GroupSummary>> ListAsync(WorkspaceRef workspace, int take, CancellationToken cancellationToken)
    {
        var stored = await workspaces.FindAsync(workspace, cancellationToken).ConfigureAwait(false);
        return stored is null
            ? []
            : await db.Groups.Where(g => g.WorkspaceId == stored.Id)
                .OrderBy(g => g.NormalizedName)
                .Select(g => new GroupSummary(g.Name, g.TimeZoneId, g.HomeChannelId, g.Members.Count))
                .Take(take)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The names of the workspace's groups, for suggestions while typing.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(WorkspaceRef workspace, CancellationToken cancellationToken)
    {
        var stored = await workspaces.FindAsync(workspace, cancellationToken).ConfigureAwait(false);
        return stored is null
            ? []
            : await db.Groups.Where(g => g.WorkspaceId == stored.Id).Select(g => g.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
