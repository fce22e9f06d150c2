using System.Text.Json.Nodes;
using StudyBot.Core.Messaging;

namespace StudyBot.Discord.Rendering;

/// <summary>A message body ready for Discord, its files, and the native poll it carries, if any.</summary>
internal sealed record RenderedMessage(JsonObject Body, IReadOnlyList<ReplyAttachment> Files, long? NativePollId);
