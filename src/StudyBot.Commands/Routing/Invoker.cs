namespace StudyBot.Commands.Routing;

/// <summary>Who ran a command.</summary>
/// <param name="UserId">Platform user id (on the console, the name given with <c>:as</c>).</param>
/// <param name="DisplayName">Name to show.</param>
/// <param name="IsWorkspaceAdmin">Manage Server on Discord, admin or owner on Slack: counts as organizer of every group.</param>
public sealed record Invoker(string UserId, string DisplayName, bool IsWorkspaceAdmin = false);
