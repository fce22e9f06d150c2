using StudyBot.Application;

namespace StudyBot.Commands.Routing;

/// <summary>
/// A platform-neutral command call. Option values are typed: string, long, double, bool,
/// <see cref="UserMention"/> or <see cref="ChannelMention"/>.
/// </summary>
/// <param name="Path">Command path such as <c>group create</c>.</param>
/// <param name="Options">Typed values by option name.</param>
/// <param name="Invoker">Who ran it.</param>
/// <param name="Channel">Where.</param>
/// <param name="Workspace">In which guild, team or console.</param>
public sealed record CommandInvocation(string Path, IReadOnlyDictionary<string, object> Options, Invoker Invoker, ChannelRef Channel, WorkspaceRef Workspace);
