namespace StudyBot.Commands.Catalog;

/// <summary>A command's definition and the handler type that runs it.</summary>
/// <param name="Definition">What the command looks like.</param>
/// <param name="HandlerType">A <see cref="Routing.ICommandHandler"/>, resolved per invocation in its own scope.</param>
public sealed record CommandRegistration(CommandDefinition Definition, Type HandlerType);
