namespace StudyBot.Application;

/// <summary>A channel as the platform names it.</summary>
/// <param name="Id">Platform channel id (on the console, the channel name).</param>
/// <param name="Name">Name without '#', for display.</param>
public sealed record ChannelRef(string Id, string Name);
