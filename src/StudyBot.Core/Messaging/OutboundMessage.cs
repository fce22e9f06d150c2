namespace StudyBot.Core.Messaging;

/// <summary>A message the bot sends on its own (reminder, prompt, announcement) through an adapter.</summary>
/// <param name="Platform">Which adapter sends it.</param>
/// <param name="WorkspaceExternalId">Guild id, team id, or <c>console</c>.</param>
/// <param name="ChannelId">Target channel; null when <paramref name="DirectUserId"/> is set.</param>
/// <param name="DirectUserId">Target user for a direct message; null for a channel message.</param>
/// <param name="Content">What to send.</param>
/// <param name="IdempotencyKey">Stable key (occurrence, kind, recipient) so a retry never posts twice.</param>
/// <param name="EditsKey">
/// When set, this replaces the content of the earlier outbox message with that idempotency key instead of posting a new
/// one. Give the edit the same destination (platform, workspace, channel, direct user) as the original, so it queues
/// behind it.
/// </param>
public sealed record OutboundMessage(Platform Platform, string WorkspaceExternalId, string? ChannelId, string? DirectUserId, Reply Content, string IdempotencyKey, string? EditsKey = null);
