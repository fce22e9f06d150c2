using StudyBot.Core;

namespace StudyBot.Application.Members;

/// <summary>
/// A platform's own word on who administers a workspace (Slack's admins and owners), asked only when a command
/// would otherwise be refused: most commands never need it, so looking it up never delays their answers.
/// </summary>
public interface IPlatformAdmins
{
    /// <summary>The platform this source answers for.</summary>
    Platform Platform { get; }

    /// <summary>Whether <paramref name="userId"/> administers <paramref name="workspace"/>; false when unknown.</summary>
    Task<bool> IsAdminAsync(WorkspaceRef workspace, string userId, CancellationToken cancellationToken);
}
