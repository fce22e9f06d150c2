namespace StudyBot.Core.Messaging;

/// <summary>Where a delivered message landed, so a later edit can find it.</summary>
/// <param name="ChannelId">Discord channel id; Slack channel id (the D… channel for a DM); on the console the channel or <c>dm:{user}</c>.</param>
/// <param name="MessageId">Discord message id; Slack <c>ts</c>; on the console a sequence number.</param>
public sealed record SentMessage(string ChannelId, string MessageId);
