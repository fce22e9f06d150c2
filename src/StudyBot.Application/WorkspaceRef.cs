using StudyBot.Core;

namespace StudyBot.Application;

/// <summary>The guild, team or console a request came from.</summary>
/// <param name="Platform">Which platform.</param>
/// <param name="ExternalId">Guild id, team id or <c>console</c>.</param>
public sealed record WorkspaceRef(Platform Platform, string ExternalId);
