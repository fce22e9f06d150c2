using System.Text.Json.Nodes;
using StudyBot.Core.Messaging;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Interactions;

/// <summary>Answers with <c>POST /interactions/{id}/{token}/callback</c>.</summary>
internal sealed class RestInteractionResponder(DiscordApi api, string interactionId, string token) : IInteractionResponder
{
    public bool CanAttachFiles => true;

    public Task<string?> RespondAsync(JsonObject callback, IReadOnlyList<ReplyAttachment> files, CancellationToken cancellationToken) =>
        api.CreateInteractionResponseAsync(interactionId, token, callback, files, cancellationToken);
}
