using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Routing;
using StudyBot.Core.Groups;
using StudyBot.Core.Results;
using StudyBot.Core.Text;
using StudyBot.Persistence;

namespace StudyBot.Commands.Support;

/// <summary>
/// Finds the group a command names. Without a name, the group whose home is the current channel
/// is meant, when there is exactly one.
/// </summary>
public sealed class GroupFinder(StudyBotDbContext db, Workspaces workspaces)
{
    /// <summary>The group with its members, or an error that names the closest match.</summary>
    public async Task<Result<Group>> FindAsync(CommandContext context, string? name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var workspace = await workspaces.FindAsync(context.Workspace, cancellationToken).ConfigureAwait(false);
        var groups = workspace is null
            ? db.Groups.Where(_ => false)
            : db.Groups.Include(g => g.Members).Where(g => g.WorkspaceId == workspace.Id);

        if (string.IsNullOrWhiteSpace(name))
        {
            var here = await groups.Where(g => g.HomeChannelId == context.Channel.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            return here.Count == 1
                ? here[0]
                : Result<Group>.Fail($"Name the group, e.g. `name:\"Algo Club\"`; {(here.Count == 0 ? "no group calls" : "several groups call")} this channel home.");
        }

        var normalized = Group.Normalize(name);
        var group = await groups.FirstOrDefaultAsync(g => g.NormalizedName == normalized, cancellationToken).ConfigureAwait(false);
        if (group is not null)
        {
            return group;
        }

        var names = workspace is null
            ? []
            : await db.Groups.Where(g => g.WorkspaceId == workspace.Id).Select(g => g.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        var suggestion = Suggestions.Closest(name, names);
        return suggestion is null
            ? Result<Group>.Fail($"There is no group named \"{name}\" here. `/group list` shows the groups of this workspace.")
            : Result<Group>.Fail($"There is no group named \"{name}\" here. Did you mean \"{suggestion}\"?");
    }
}
