using System.Text.Json.Nodes;
using StudyBot.Core.Messaging;

namespace StudyBot.Discord.Interactions;

/// <summary>Sends an interaction's first response: over REST for gateway interactions, inline for HTTP ones.</summary>
internal interface IInteractionResponder
{
    /// <summary>Whether the first response may carry files (an inline HTTP answer is JSON only).</summary>
    bool CanAttachFiles { get; }

    /// <summary>Sends the callback; returns the created message's id when known.</summary>
    Task<string?> RespondAsync(JsonObject callback, IReadOnlyList<ReplyAttachment> files, CancellationToken cancellationToken);
}
