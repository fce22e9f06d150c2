using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Groups;
using StudyBot.Core.Mentors;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Application.Mentors;

/// <summary>A pairing with its group and workspace, as the weekly work and the replies need them.</summary>
/// <param name="Mentorship">The pairing.</param>
/// <param name="Group">Its group, with members.</param>
/// <param name="Workspace">Where its messages go.</param>
public sealed record MentorPair(Mentorship Mentorship, Group Group, Workspace Workspace)
{
    /// <summary>The pairing, or null when it ended or its group is gone (work planned before that).</summary>
    public static async Task<MentorPair?> LoadAsync(StudyBotDbContext db, long mentorshipId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var mentorship = await db.Mentorships.SingleOrDefaultAsync(m => m.Id == mentorshipId && m.EndedAt == null, cancellationToken).ConfigureAwait(false);
        if (mentorship is null)
        {
            return null;
        }

        var group = await db.Groups.Include(g => g.Members).SingleAsync(g => g.Id == mentorship.GroupId, cancellationToken).ConfigureAwait(false);
        var workspace = await db.Workspaces.SingleAsync(w => w.Id == group.WorkspaceId, cancellationToken).ConfigureAwait(false);
        return new MentorPair(mentorship, group, workspace);
    }

    /// <summary>A direct message to <paramref name="userId"/> in the pair's workspace.</summary>
    public OutboundMessage DirectMessage(string userId, Reply content, string key) =>
        new(Workspace.Platform, Workspace.ExternalId, null, userId, content, key);
}
