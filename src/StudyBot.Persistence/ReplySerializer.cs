using System.Text.Json;
using StudyBot.Core.Messaging;

namespace StudyBot.Persistence;

/// <summary>The outbox's payload format: a <see cref="Reply"/> as JSON.</summary>
public static class ReplySerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Serializes a reply.</summary>
    public static string Serialize(Reply reply) => JsonSerializer.Serialize(reply, Options);

    /// <summary>Reads a reply back.</summary>
    public static Reply Deserialize(string payload) =>
        JsonSerializer.Deserialize<Reply>(payload, Options) ?? throw new InvalidOperationException("Outbox payload is empty.");
}
