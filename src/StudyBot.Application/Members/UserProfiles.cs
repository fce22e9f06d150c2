using Microsoft.EntityFrameworkCore;
using StudyBot.Application.Groups;
using StudyBot.Core.Groups;
using StudyBot.Persistence;

namespace StudyBot.Application.Members;

/// <summary>Reads and creates a user's profile in a workspace.</summary>
public sealed class UserProfiles(StudyBotDbContext db, Workspaces workspaces)
{
    /// <summary>The stored profile, or null.</summary>
    public async Task<UserProfile?> FindAsync(WorkspaceRef workspace, string userId, CancellationToken cancellationToken)
    {
        var stored = await workspaces.FindAsync(workspace, cancellationToken).ConfigureAwait(false);
        return stored is null
            ? null
            : await db.UserProfiles.FirstOrDefaultAsync(p => p.WorkspaceId == stored.Id && p.UserId == userId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The profile, added (not yet saved) when new.</summary>
    public async Task<UserProfile> GetOrCreateAsync(WorkspaceRef workspace, string userId, CancellationToken cancellationToken)
    {
        var stored = await workspaces.GetOrCreateAsync(workspace, cancellationToken).ConfigureAwait(false);
        var profile = await db.UserProfiles.FirstOrDefaultAsync(p => p.WorkspaceId == stored.Id && p.UserId == userId, cancellationToken).ConfigureAwait(false);
        if (profile is null)
        {
            profile = new UserProfile(stored.Id, userId);
            db.UserProfiles.Add(profile);
        }

        return profile;
    }
}
