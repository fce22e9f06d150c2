using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Groups;
using StudyBot.Core.Results;
using StudyBot.Core.Text;
using StudyBot.Persistence;

namespace StudyBot.Application.Groups;

/// <summary>
/// Finds the group a request names. Without a name, the group whose home is the current channel is
/// meant, when there is exactly one.
/// </summary>
public sealed class GroupFinder(StudyBotDbContext db, Workspaces workspaces)
{
    /// <summary>
    /// The group with its members, or an error that names the closest match. <paramref name="optionName"/>
    /// is the option the user names groups with in this command (<c>name</c> or <c>group</c>), for the hint.
    /// </summary>
    public async Task<Result<Group>> FindAsync(WorkspaceRef workspace, ChannelRef channel, string? name, string optionName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var stored = await workspaces.FindAsync(workspace, cancellationToken).ConfigureAwait(false);
        var groups = stored is null
            ? db.Groups.Where(_ => false)
            : db.Groups.Include(g => g.Members).Where(g => g.WorkspaceId == stored.Id);

        if (string.IsNullOrWhiteSpace(name))
        {
            var here = await groups.Where(g => g.HomeChannelId == channel.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            return here.Count == 1
                ? here[0]
                : Result<Group>.Fail($"Name the group, e.g. `{optionName}:\"Algo Club\"`; {(here.Count == 0 ? "no group calls" : "several groups call")} this channel home.");
        }

        var normalized = Group.Normalize(name);
        var group = await groups.FirstOrDefaultAsync(g => g.NormalizedName == normalized, cancellationToken).ConfigureAwait(false);
        if (group is not null)
        {
            return group;
        }

        var names = stored is null
            ? []
            : await db.Groups.Where(g => g.WorkspaceId == stored.Id).Select(g => g.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        var suggestion = Suggestions.Closest(name, names);
        return suggestion is null
            ? Result<Group>.Fail($"There is no group named \"{name}\" here. `/group list` shows the groups of this workspace.")
            : Result<Group>.Fail($"There is no group named \"{name}\" here. Did you mean \"{suggestion}\"?");
    }

    /// <summary>The group with its members by store key, or null.</summary>
    public Task<Group?> FindAsync(long groupId, CancellationToken cancellationToken) =>
        db.Groups.Include(g => g.Members).FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken);
}
