using System.Text.Json;

namespace StudyBot.Discord.Tests.Fakes;

/// <summary>A request the fake Discord server received.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string? ContentType, byte[] Body, string? JsonBody, IReadOnlyList<string> FileNames)
{
    /// <summary>When the fake received it (Stopwatch ticks), for latency measurements.</summary>
    public long ReceivedAt { get; init; } = System.Diagnostics.Stopwatch.GetTimestamp();

    public JsonElement Json => JsonDocument.Parse(JsonBody ?? "null").RootElement;

    public override string ToString() => $"{Method} {Path}";
}
