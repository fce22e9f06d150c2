using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Groups;
using StudyBot.Persistence;

namespace StudyBot.Application.Groups;

/// <summary>Finds the stored workspace of a request, creating it on first use.</summary>
public sealed class Workspaces(StudyBotDbContext db)
{
    /// <summary>The workspace, or null when nothing was ever stored for it.</summary>
    public Task<Workspace?> FindAsync(WorkspaceRef workspace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return db.Workspaces.FirstOrDefaultAsync(w => w.Platform == workspace.Platform && w.ExternalId == workspace.ExternalId, cancellationToken);
    }

    /// <summary>The workspace, saved now if new (inside the caller's transaction, so it rolls back with a failed command).</summary>
    public async Task<Workspace> GetOrCreateAsync(WorkspaceRef workspace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var existing = await FindAsync(workspace, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        var created = new Workspace(workspace.Platform, workspace.ExternalId);
        db.Workspaces.Add(created);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return created;
    }
}
