using StudyBot.Application;
using StudyBot.Application.Members;
using StudyBot.Core;

namespace StudyBot.Slack.Users;

/// <summary>Slack's admins and owners, asked by the router only before it refuses an organizer's command.</summary>
internal sealed class SlackAdmins(SlackUserDirectory users) : IPlatformAdmins
{
    public Platform Platform => Platform.Slack;

    public async Task<bool> IsAdminAsync(WorkspaceRef workspace, string userId, CancellationToken cancellationToken) =>
        (await users.FindAsync(userId, cancellationToken).ConfigureAwait(false))?.IsOrganizerEverywhere == true;
}
