using StudyBot.Application;
using StudyBot.Commands.Catalog;
using StudyBot.Core.Groups;

namespace StudyBot.Commands.Routing;

/// <summary>What a handler sees: the validated invocation, typed accessors for its options, and its group.</summary>
public sealed class CommandContext(CommandInvocation invocation, CommandDefinition definition, Group? group = null)
{
    /// <summary>The call.</summary>
    public CommandInvocation Invocation { get; } = invocation;

    /// <summary>The command's declaration.</summary>
    public CommandDefinition Definition { get; } = definition;

    /// <summary>
    /// The group the command acts on, found and access-checked by the router; only for commands that declare
    /// a <see cref="CommandDefinition.GroupOption"/>.
    /// </summary>
    public Group Group => group ?? throw new InvalidOperationException($"/{Definition.Path} declares no group option, so it has no group.");

    /// <summary>Who ran it.</summary>
    public Invoker Invoker => Invocation.Invoker;

    /// <summary>Where.</summary>
    public ChannelRef Channel => Invocation.Channel;

    /// <summary>In which workspace.</summary>
    public WorkspaceRef Workspace => Invocation.Workspace;

    /// <summary>A string option, or null when not given.</summary>
    public string? GetString(string name) => Get<string>(name);

    /// <summary>An integer option, or null when not given.</summary>
    public long? GetInteger(string name) => Invocation.Options.TryGetValue(name, out var v) ? (long)v : null;

    /// <summary>A boolean option, or null when not given.</summary>
    public bool? GetBoolean(string name) => Invocation.Options.TryGetValue(name, out var v) ? (bool)v : null;

    /// <summary>A user option, or null when not given.</summary>
    public UserMention? GetUser(string name) => Get<UserMention>(name);

    /// <summary>A channel option, or null when not given.</summary>
    public ChannelMention? GetChannel(string name) => Get<ChannelMention>(name);

    /// <summary>A required string option (the router has checked it is there).</summary>
    public string RequireString(string name) => GetString(name) ?? throw new InvalidOperationException($"Option '{name}' is required but missing.");

    private T? Get<T>(string name)
        where T : class => Invocation.Options.TryGetValue(name, out var v) ? (T)v : null;
}
