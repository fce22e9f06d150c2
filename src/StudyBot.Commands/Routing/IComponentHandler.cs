using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Routing;

/// <summary>Handles button presses and form submissions whose action id starts with <see cref="Key"/>.</summary>
public interface IComponentHandler
{
    /// <summary>The part of the action id before the first colon.</summary>
    static abstract string Key { get; }

    /// <summary>Handles the action; errors roll back like commands.</summary>
    Task<Reply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken);
}
