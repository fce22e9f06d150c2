namespace StudyBot.Slack.Tests.Fakes;

/// <summary>A scripted answer of the fake Slack.</summary>
public sealed record FakeResponse(int Status, string Json, int? RetryAfterSeconds = null)
{
    /// <summary>For chat.postMessage: the message is posted all the same (the answer was lost on the way back).</summary>
    public bool Lands { get; init; }

    public static FakeResponse Ok(string json) => new(200, json);

    public static FakeResponse Error(string error) => new(200, $$"""{"ok":false,"error":"{{error}}"}""");

    public static FakeResponse RateLimited(int seconds) => new(429, """{"ok":false,"error":"ratelimited"}""", seconds);

    public static FakeResponse ServerError(int status) => new(status, "upstream trouble");
}
