using Microsoft.Extensions.Logging;
using StudyBot.Core.Results;

namespace StudyBot.Application.Members;

/// <summary>
/// Checks that someone named in a command is a person in the invoker's workspace, with the error to show when they
/// are not. When the platform cannot say, the command goes on: an outage never refuses a real colleague.
/// </summary>
public sealed partial class WorkspaceMembers(IEnumerable<IPlatformMembers> platforms, ILogger<WorkspaceMembers> logger)
{
    /// <summary>Null when <paramref name="user"/> is a person in <paramref name="workspace"/> or the platform cannot tell, else what to tell the invoker; <paramref name="role"/> names what they would be ("a mentor").</summary>
    public async Task<UserError?> RefusalAsync(WorkspaceRef workspace, UserMention user, string role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(user);
        foreach (var source in platforms.Where(p => p.Platform == workspace.Platform))
        {
            var presence = await source.FindAsync(workspace, user.Id, cancellationToken).ConfigureAwait(false);
            switch (presence)
            {
                case WorkspacePresence.Outside:
                    return new UserError($"{user.DisplayName} is not in this workspace, so they cannot be {role}. Choose someone who is here (they need not be in the group).");
                case WorkspacePresence.Deactivated:
                    return new UserError($"{user.DisplayName}'s account is deactivated in this workspace, so they cannot be {role}.");
                case WorkspacePresence.Bot:
                    return new UserError($"{user.DisplayName} is a bot; {role} has to be a person.");
                case WorkspacePresence.Unknown:
                    LogUnknown(logger, workspace.Platform, user.Id);
                    break;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Platform} could not say whether user {UserId} is in the workspace; going on without the check")]
    private static partial void LogUnknown(ILogger logger, Core.Platform platform, string userId);
}
