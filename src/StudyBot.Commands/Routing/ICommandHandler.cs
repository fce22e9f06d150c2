using StudyBot.Commands.Catalog;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Routing;

/// <summary>Runs one command. Handlers are resolved per invocation in their own DI scope.</summary>
public interface ICommandHandler
{
    /// <summary>The command this handler runs, declared once.</summary>
    static abstract CommandDefinition Definition { get; }

    /// <summary>
    /// Runs the command. Return <see cref="Reply.Error"/> for user mistakes: the router then rolls
    /// back everything the handler saved, so nothing is half-stored.
    /// </summary>
    Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken);
}
