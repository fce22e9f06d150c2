namespace StudyBot.Discord.Tests.Fakes;

/// <summary>A scripted answer of the fake server.</summary>
public sealed record FakeResponse(int Status, string? Json = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeResponse Ok(string json, IReadOnlyDictionary<string, string>? headers = null) => new(200, json, headers);

    public static FakeResponse NoContent() => new(204);
}
