using StudyBot.Application;

namespace StudyBot.Discord.Interactions;

/// <summary>Who, where and in which workspace an interaction happened, in the router's neutral terms.</summary>
internal sealed record InteractionContext(string Id, string Token, int Type, Invoker Invoker, ChannelRef Channel, WorkspaceRef Workspace);
