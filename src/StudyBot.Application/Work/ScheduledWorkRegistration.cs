namespace StudyBot.Application.Work;

/// <summary>A kind of scheduled work and the handler type that does it.</summary>
/// <param name="Kind">The kind stored with each item.</param>
/// <param name="HandlerType">An <see cref="IScheduledWorkHandler"/>, resolved in the engine's scope.</param>
public sealed record ScheduledWorkRegistration(string Kind, Type HandlerType);
