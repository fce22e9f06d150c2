namespace StudyBot.Slack.Inbound;

/// <summary>Where an interaction happened and how to answer it.</summary>
/// <param name="TeamId">Workspace.</param>
/// <param name="ChannelId">Channel (empty when unknown, e.g. a modal opened without one).</param>
/// <param name="ChannelName">Channel name.</param>
/// <param name="UserId">Who acted.</param>
/// <param name="UserName">Their name as the payload gave it (fallback only).</param>
/// <param name="ResponseUrl">Where message answers go, when the payload has one (5 uses in 30 min).</param>
/// <param name="TriggerId">For views.open: valid 3 s, once.</param>
internal sealed record SlackContext(string TeamId, string ChannelId, string ChannelName, string UserId, string? UserName, Uri? ResponseUrl, string? TriggerId);
