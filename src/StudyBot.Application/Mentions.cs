namespace StudyBot.Application;

/// <summary>A user given as an option value.</summary>
/// <param name="Id">Platform user id.</param>
/// <param name="DisplayName">Name to show.</param>
public sealed record UserMention(string Id, string DisplayName);

/// <summary>A channel given as an option value.</summary>
/// <param name="Id">Platform channel id.</param>
/// <param name="Name">Name without '#'.</param>
public sealed record ChannelMention(string Id, string Name);
