using System.Text.Json;

namespace StudyBot.Application.Work;

/// <summary>The JSON form of each kind's payload record (camelCase, as the store's migrations write it too).</summary>
public static class WorkPayload
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Serializes a payload record.</summary>
    public static string Serialize<T>(T payload) => JsonSerializer.Serialize(payload, Options);

    /// <summary>Reads a payload record back; a payload that does not fit is a bug and throws.</summary>
    public static T Deserialize<T>(string payload) =>
        JsonSerializer.Deserialize<T>(payload, Options) ?? throw new JsonException($"Empty {typeof(T).Name} payload.");
}
