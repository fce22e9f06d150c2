using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StudyBot.Core.Messaging;

namespace StudyBot.Slack.Api;

/// <summary>The Web API methods StudyBot uses, typed.</summary>
internal sealed class SlackWebApi(SlackApiClient client)
{
    /// <summary>The underlying client, for response_url posts.</summary>
    public SlackApiClient Client => client;

    /// <summary>chat.postMessage; returns the message's <c>ts</c>.</summary>
    public async Task<string> PostMessageAsync(string channel, JsonObject message, CancellationToken cancellationToken)
    {
        var arguments = Copy(message);
        arguments["channel"] = channel;
        var answer = await client.CallAsync(SlackMethods.PostMessage, arguments, channel, cancellationToken).ConfigureAwait(false);
        return answer.TryGetProperty("ts", out var ts) ? ts.GetString() ?? string.Empty : string.Empty;
    }

    /// <summary>chat.postEphemeral: only <paramref name="user"/> sees it, in <paramref name="channel"/>.</summary>
    public Task PostEphemeralAsync(string channel, string user, JsonObject message, CancellationToken cancellationToken)
    {
        var arguments = Copy(message);
        arguments["channel"] = channel;
        arguments["user"] = user;
        return client.CallAsync(SlackMethods.PostEphemeral, arguments, channel, cancellationToken);
    }

    /// <summary>chat.update of a message the bot posted.</summary>
    public Task UpdateMessageAsync(string channel, string ts, JsonObject message, CancellationToken cancellationToken)
    {
        var arguments = Copy(message);
        arguments["channel"] = channel;
        arguments["ts"] = ts;
        return client.CallAsync(SlackMethods.Update, arguments, channel, cancellationToken);
    }

    /// <summary>conversations.open for a DM; returns its channel id.</summary>
    public async Task<string> OpenDirectMessageAsync(string user, CancellationToken cancellationToken)
    {
        var answer = await client.CallAsync(SlackMethods.ConversationsOpen, new JsonObject { ["users"] = user }, null, cancellationToken).ConfigureAwait(false);
        return Required(Required(answer, "channel", SlackMethods.ConversationsOpen), "id", SlackMethods.ConversationsOpen).GetString()!;
    }

    /// <summary>
    /// Whether <paramref name="channel"/> holds a message since <paramref name="oldest"/> whose metadata is
    /// <paramref name="eventType"/> with this <paramref name="key"/> (conversations.history with metadata, page by page).
    /// </summary>
    public async Task<bool> HasMessageWithKeyAsync(string channel, DateTimeOffset oldest, string eventType, string key, CancellationToken cancellationToken)
    {
        string? cursor = null;
        for (var page = 0; page < MaxHistoryPages; page++)
        {
            var arguments = new JsonObject
            {
                ["channel"] = channel,
                ["oldest"] = string.Create(CultureInfo.InvariantCulture, $"{oldest.ToUnixTimeSeconds()}.000000"),
                ["include_all_metadata"] = "true",
                ["limit"] = "200",
            };
            if (cursor is not null)
            {
                arguments["cursor"] = cursor;
            }

            var answer = await client.CallAsync(SlackMethods.ConversationsHistory, arguments, channel, cancellationToken).ConfigureAwait(false);
            if (answer.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array
                && messages.EnumerateArray().Any(m => HasKey(m, eventType, key)))
            {
                return true;
            }

            cursor = answer.TryGetProperty("response_metadata", out var meta) ? Text(meta, "next_cursor") : null;
            if (string.IsNullOrEmpty(cursor) || !(answer.TryGetProperty("has_more", out var more) && more.ValueKind == JsonValueKind.True))
            {
                return false;
            }
        }

        // A channel this busy in a few minutes is unusual; say "not found" rather than read without end.
        return false;
    }

    /// <summary>users.info.</summary>
    public async Task<JsonElement> GetUserAsync(string user, CancellationToken cancellationToken)
    {
        var answer = await client.CallAsync(SlackMethods.UsersInfo, new JsonObject { ["user"] = user }, null, cancellationToken).ConfigureAwait(false);
        return Required(answer, "user", SlackMethods.UsersInfo);
    }

    /// <summary>views.open with a trigger that is at most 3 s old and unused; returns the view id.</summary>
    public async Task<string> OpenViewAsync(string triggerId, JsonObject view, CancellationToken cancellationToken)
    {
        var answer = await client.CallAsync(SlackMethods.ViewsOpen, new JsonObject { ["trigger_id"] = triggerId, ["view"] = view }, null, cancellationToken).ConfigureAwait(false);
        return answer.TryGetProperty("view", out var opened) && opened.TryGetProperty("id", out var id) ? id.GetString() ?? string.Empty : string.Empty;
    }

    /// <summary>views.update of an open modal.</summary>
    public Task UpdateViewAsync(string viewId, JsonObject view, CancellationToken cancellationToken) =>
        client.CallAsync(SlackMethods.ViewsUpdate, new JsonObject { ["view_id"] = viewId, ["view"] = view }, null, cancellationToken);

    /// <summary>
    /// Shares a file in a channel: files.getUploadURLExternal, the bytes to the returned address, then
    /// files.completeUploadExternal.
    /// </summary>
    public async Task UploadFileAsync(string channel, ReplyAttachment file, string? threadTs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var reserved = await client.CallAsync(
            SlackMethods.GetUploadUrl,
            new JsonObject { ["filename"] = file.FileName, ["length"] = file.Content.Length.ToString(CultureInfo.InvariantCulture) },
            null,
            cancellationToken).ConfigureAwait(false);
        var uploadUrl = new Uri(Required(reserved, "upload_url", SlackMethods.GetUploadUrl).GetString()!, UriKind.Absolute);
        var fileId = Required(reserved, "file_id", SlackMethods.GetUploadUrl).GetString()!;
        await client.UploadBytesAsync(uploadUrl, file.Content, file.ContentType, cancellationToken).ConfigureAwait(false);

        var complete = new JsonObject
        {
            ["files"] = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = file.FileName }),
            ["channel_id"] = channel,
        };
        if (threadTs is not null)
        {
            complete["thread_ts"] = threadTs;
        }

        await client.CallAsync(SlackMethods.CompleteUpload, complete, channel, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>apps.connections.open with the app-level token; returns the WebSocket address.</summary>
    public async Task<Uri> OpenSocketConnectionAsync(CancellationToken cancellationToken)
    {
        var answer = await client.CallAsync(SlackMethods.ConnectionsOpen, [], null, cancellationToken).ConfigureAwait(false);
        return new Uri(Required(answer, "url", SlackMethods.ConnectionsOpen).GetString()!, UriKind.Absolute);
    }

    // A successful answer without the field we need is Slack misbehaving; report it like any other API failure.
    private static JsonElement Required(JsonElement answer, string name, SlackMethod method) =>
        answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.Object or JsonValueKind.String
            ? value
            : throw new SlackApiException(method.Name, $"missing_{name}", isPermanent: false);

    private static JsonObject Copy(JsonObject message) => (JsonObject)message.DeepClone();

    // At 200 messages a page, ten pages cover any channel for the minutes a message can be in doubt.
    private const int MaxHistoryPages = 10;

    private static bool HasKey(JsonElement message, string eventType, string key) =>
        message.TryGetProperty("metadata", out var metadata)
        && Text(metadata, "event_type") == eventType
        && metadata.TryGetProperty("event_payload", out var payload)
        && Text(payload, "key") == key;

    /// <summary>Reads an optional string property.</summary>
    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Whether <paramref name="name"/> is present and true (Slack omits most false flags).</summary>
    public static bool Flag(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
