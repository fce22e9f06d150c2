using StudyBot.Core;

namespace StudyBot.Commands.Routing;

/// <summary>The guild, team or console a command came from.</summary>
/// <param name="Platform">Which platform.</param>
/// <param name="ExternalId">Guild id, team id or <c>console</c>.</param>
public sealed record WorkspaceRef(Platform Platform, string ExternalId);
