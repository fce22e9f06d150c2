using StudyBot.Commands.Catalog;

namespace StudyBot.Commands.Routing;

/// <summary>A component handler key and its handler type.</summary>
/// <param name="Key">The action id prefix it handles.</param>
/// <param name="HandlerType">An <see cref="IComponentHandler"/>.</param>
/// <param name="Replies">Who sees its successful reply (<see cref="IComponentHandler.Replies"/>).</param>
public sealed record ComponentRegistration(string Key, Type HandlerType, ReplyVisibility Replies = ReplyVisibility.Private);
