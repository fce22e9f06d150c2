using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using StudyBot.Core.Messaging;
using StudyBot.Discord.Configuration;

namespace StudyBot.Discord.Rest;

/// <summary>The Discord endpoints StudyBot uses, each naming its rate-limit route.</summary>
internal sealed class DiscordApi(DiscordRestClient rest, IOptions<DiscordOptions> options)
{
    private string AppId => options.Value.ApplicationId ?? throw new InvalidOperationException("Discord:ApplicationId is not configured.");

    public Task<JsonElement> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        rest.SendAsync(new DiscordRequest(HttpMethod.Get, "gateway/bot", "GET gateway/bot"), cancellationToken);

    /// <summary>Answers an interaction; returns the created message's id when Discord reports one.</summary>
    public async Task<string?> CreateInteractionResponseAsync(string interactionId, string token, JsonObject callback, IReadOnlyList<ReplyAttachment>? files, CancellationToken cancellationToken)
    {
        var path = $"interactions/{interactionId}/{token}/callback?with_response=true";
        var answer = await rest.SendAsync(new DiscordRequest(HttpMethod.Post, path, $"POST interactions/{interactionId}/callback", callback, files, InteractionScoped: true), cancellationToken).ConfigureAwait(false);
        return answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("resource", out var resource)
            && resource.TryGetProperty("message", out var message) ? IdOf(message) : null;
    }

    public async Task<string?> EditOriginalAsync(string token, JsonObject body, IReadOnlyList<ReplyAttachment>? files, CancellationToken cancellationToken) =>
        IdOf(await rest.SendAsync(Webhook(HttpMethod.Patch, token, "/messages/@original", body, files), cancellationToken).ConfigureAwait(false));

    public async Task<string?> GetOriginalIdAsync(string token, CancellationToken cancellationToken) =>
        IdOf(await rest.SendAsync(Webhook(HttpMethod.Get, token, "/messages/@original", null, null), cancellationToken).ConfigureAwait(false));

    public Task DeleteOriginalAsync(string token, CancellationToken cancellationToken) =>
        rest.SendAsync(Webhook(HttpMethod.Delete, token, "/messages/@original", null, null), cancellationToken);

    public async Task<string?> CreateFollowupAsync(string token, JsonObject body, IReadOnlyList<ReplyAttachment>? files, CancellationToken cancellationToken) =>
        IdOf(await rest.SendAsync(Webhook(HttpMethod.Post, token, string.Empty, body, files), cancellationToken).ConfigureAwait(false));

    public async Task<string?> CreateMessageAsync(string channelId, JsonObject body, IReadOnlyList<ReplyAttachment>? files, CancellationToken cancellationToken) =>
        IdOf(await rest.SendAsync(new DiscordRequest(HttpMethod.Post, $"channels/{channelId}/messages", $"POST channels/{channelId}/messages", body, files), cancellationToken).ConfigureAwait(false));

    /// <summary>Edits a message the bot posted; the message id is a minor parameter, so all edits in a channel share a route.</summary>
    public Task<JsonElement> EditMessageAsync(string channelId, string messageId, JsonObject body, CancellationToken cancellationToken) =>
        rest.SendAsync(new DiscordRequest(HttpMethod.Patch, $"channels/{channelId}/messages/{messageId}", $"PATCH channels/{channelId}/messages/id", body), cancellationToken);

    /// <summary>Ends a native poll the bot posted, now (polls cannot be edited, only ended).</summary>
    public Task<JsonElement> ExpirePollAsync(string channelId, string messageId, CancellationToken cancellationToken) =>
        rest.SendAsync(new DiscordRequest(HttpMethod.Post, $"channels/{channelId}/polls/{messageId}/expire", $"POST channels/{channelId}/polls/id/expire"), cancellationToken);

    public async Task<string> CreateDmChannelAsync(string userId, CancellationToken cancellationToken)
    {
        var answer = await rest.SendAsync(new DiscordRequest(HttpMethod.Post, "users/@me/channels", "POST users/@me/channels", new JsonObject { ["recipient_id"] = userId }), cancellationToken).ConfigureAwait(false);
        return IdOf(answer) ?? throw new DiscordApiException("Discord did not return the DM channel's id.", status: null);
    }

    public Task<JsonElement> GetCommandsAsync(string? guildId, CancellationToken cancellationToken) =>
        rest.SendAsync(Commands(HttpMethod.Get, guildId, null), cancellationToken);

    public Task<JsonElement> OverwriteCommandsAsync(string? guildId, JsonArray commands, CancellationToken cancellationToken) =>
        rest.SendAsync(Commands(HttpMethod.Put, guildId, commands), cancellationToken);

    public Task<JsonElement> SendScheduledEventAsync(HttpMethod method, string guildId, string? eventId, JsonObject? body, CancellationToken cancellationToken)
    {
        var path = eventId is null ? $"guilds/{guildId}/scheduled-events" : $"guilds/{guildId}/scheduled-events/{eventId}";
        var route = eventId is null ? path : $"guilds/{guildId}/scheduled-events/id";
        return rest.SendAsync(new DiscordRequest(method, path, $"{method} {route}", body), cancellationToken);
    }

    /// <summary>A guild member; 404 with code 10007 when the user is not in the guild.</summary>
    public Task<JsonElement> GetGuildMemberAsync(string guildId, string userId, CancellationToken cancellationToken) =>
        rest.SendAsync(new DiscordRequest(HttpMethod.Get, $"guilds/{guildId}/members/{userId}", $"GET guilds/{guildId}/members/id"), cancellationToken);

    private DiscordRequest Commands(HttpMethod method, string? guildId, JsonNode? body)
    {
        var path = guildId is null ? $"applications/{AppId}/commands" : $"applications/{AppId}/guilds/{guildId}/commands";
        return new DiscordRequest(method, path, $"{method} {path}", body);
    }

    private DiscordRequest Webhook(HttpMethod method, string token, string suffix, JsonNode? body, IReadOnlyList<ReplyAttachment>? files) =>
        new(method, $"webhooks/{AppId}/{token}{suffix}", $"{method} webhooks/{AppId}/{Short(token)}{suffix}", body, files, InteractionScoped: true);

    // Each interaction token is its own webhook resource. Route keys appear in logs, so they carry a
    // hash of the token, never the token itself.
    private static string Short(string token) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)))[..16];

    private static string? IdOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var id) ? id.GetString() : null;
}
