using StudyBot.Core;

namespace StudyBot.Application.Members;

/// <summary>
/// A platform's word on whether someone belongs to a workspace (Discord guild membership, Slack's users.info), asked
/// only where StudyBot pairs people who need not be in a group, such as mentors. The console has none: everyone at
/// the console is in its one workspace.
/// </summary>
public interface IPlatformMembers
{
    /// <summary>The platform this source answers for.</summary>
    Platform Platform { get; }

    /// <summary>Where <paramref name="userId"/> stands in <paramref name="workspace"/>; <see cref="WorkspacePresence.Unknown"/> when the platform could not say.</summary>
    Task<WorkspacePresence> FindAsync(WorkspaceRef workspace, string userId, CancellationToken cancellationToken);
}

/// <summary>Whether a user is a person in a workspace, as the platform sees it.</summary>
public enum WorkspacePresence
{
    /// <summary>The platform did not answer (an outage, a missing permission): nobody is refused on a guess.</summary>
    Unknown,

    /// <summary>A person in the workspace.</summary>
    Member,

    /// <summary>Not in the workspace (never joined, left, or from another organisation).</summary>
    Outside,

    /// <summary>Was in the workspace, but their account is deactivated.</summary>
    Deactivated,

    /// <summary>A bot or app, not a person.</summary>
    Bot,
}
