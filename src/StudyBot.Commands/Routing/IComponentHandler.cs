using StudyBot.Commands.Catalog;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Routing;

/// <summary>Handles button presses and form submissions whose action id starts with <see cref="Key"/>.</summary>
public interface IComponentHandler
{
    /// <summary>The part of the action id before the first colon.</summary>
    static abstract string Key { get; }

    /// <summary>
    /// Who sees the successful reply. Private unless declared otherwise: a press or a submission mostly answers only
    /// the person who made it (a vote recorded, a form saved), while the message it came from is what others see.
    /// </summary>
    static virtual ReplyVisibility Replies => ReplyVisibility.Private;

    /// <summary>Handles the action; errors roll back like commands.</summary>
    Task<Reply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken);
}
