namespace StudyBot.Application;

/// <summary>Who asked: the person behind a command, a button press or a form.</summary>
/// <param name="UserId">Platform user id (on the console, the name given with <c>:as</c>).</param>
/// <param name="DisplayName">Name to show.</param>
/// <param name="IsWorkspaceAdmin">Manage Server on Discord, admin or owner on Slack: counts as organizer of every group.</param>
public sealed record Invoker(string UserId, string DisplayName, bool IsWorkspaceAdmin = false);
