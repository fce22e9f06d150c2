using StudyBot.Application;
using StudyBot.Application.Members;
using StudyBot.Core;

namespace StudyBot.Slack.Users;

/// <summary>A Slack member's profile zone (<c>users.info</c> <c>tz</c>): their default until they set one.</summary>
internal sealed class SlackTimeZones(SlackUserDirectory users) : IPlatformTimeZones
{
    public Platform Platform => Platform.Slack;

    public Task<string?> FindAsync(WorkspaceRef workspace, string userId, CancellationToken cancellationToken) =>
        users.GetTimeZoneAsync(userId, cancellationToken);
}
