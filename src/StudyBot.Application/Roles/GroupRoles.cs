using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Groups;
using StudyBot.Core.Results;
using StudyBot.Core.Roles;
using StudyBot.Core.Text;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Roles;

/// <summary>The roles a group rotates: adding, removing and finding them.</summary>
public sealed class GroupRoles(StudyBotDbContext db, TimeProvider time)
{
    /// <summary>The group's roles in fill order (the order they were added).</summary>
    public Task<List<MeetingRole>> ListAsync(long groupId, CancellationToken cancellationToken) =>
        db.MeetingRoles.Where(r => r.GroupId == groupId).OrderBy(r => r.Id).ToListAsync(cancellationToken);

    /// <summary>Adds a role, unless the name is taken or the group has as many as it may.</summary>
    public async Task<Result<MeetingRole>> AddAsync(Group group, string name, string? description, bool optional, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var role = MeetingRole.Create(group.Id, name, description, required: !optional, time.Now());
        if (!role.IsSuccess)
        {
            return role;
        }

        var existing = await ListAsync(group.Id, cancellationToken).ConfigureAwait(false);
        if (existing.Find(r => r.NormalizedName == role.Value!.NormalizedName) is { } taken)
        {
            return Result<MeetingRole>.Fail($"{group.Name} already has a role called {taken.Name}. `/role list` shows its roles.");
        }

        if (existing.Count >= RoleLimits.RolesPerGroup)
        {
            return Result<MeetingRole>.Fail($"{group.Name} already has {RoleLimits.RolesPerGroup} roles, the most a group can have. Remove one first with `/role remove`.");
        }

        db.MeetingRoles.Add(role.Value!);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return role;
    }

    /// <summary>
    /// Removes a role and its assignments. A role an organizer gave to someone for a meeting still ahead is
    /// only removed with <paramref name="confirm"/>, so nobody's override disappears unnoticed.
    /// </summary>
    public async Task<Result<MeetingRole>> RemoveAsync(Group group, string name, bool confirm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var found = await FindAsync(group, name, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found;
        }

        var role = found.Value!;
        var now = time.Now();
        var overrides = await db.RoleAssignments
            .Where(a => a.RoleId == role.Id && a.Start > now && a.Source != RoleAssignmentSource.Rotation && a.Source != RoleAssignmentSource.PassedOn)
            .CountAsync(cancellationToken).ConfigureAwait(false);
        if (overrides > 0 && !confirm)
        {
            return Result<MeetingRole>.Fail($"{role.Name} was given by hand for {overrides} meeting{(overrides == 1 ? string.Empty : "s")} still ahead (`/role assign` or `/role swap`). Remove it anyway with `/role remove name:\"{role.Name}\" confirm:true`.");
        }

        db.MeetingRoles.Remove(role);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return role;
    }

    /// <summary>The role <paramref name="name"/> names, or an error with the closest name.</summary>
    public async Task<Result<MeetingRole>> FindAsync(Group group, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var roles = await ListAsync(group.Id, cancellationToken).ConfigureAwait(false);
        var normalized = MeetingRole.Normalize(name);
        if (roles.Find(r => r.NormalizedName == normalized) is { } role)
        {
            return role;
        }

        if (roles.Count == 0)
        {
            return Result<MeetingRole>.Fail($"{group.Name} has no roles yet. Organizers add them with `/role add name:Facilitator`.");
        }

        var suggestion = Suggestions.Closest(name, roles.Select(r => r.Name));
        return Result<MeetingRole>.Fail(suggestion is null
            ? $"{group.Name} has no role called \"{name}\"; its roles are {string.Join(", ", roles.Select(r => r.Name))}."
            : $"{group.Name} has no role called \"{name}\". Did you mean {suggestion}?");
    }
}
