using System.Text.Json.Nodes;

namespace StudyBot.Slack.Tests.Fakes;

/// <summary>One request the fake Slack received: a Web API method, a response_url post or a file upload.</summary>
public sealed record ApiCall(string Method, string? Authorization, JsonObject Args, byte[] Body)
{
    public string Arg(string name) => Args[name]?.ToString() ?? string.Empty;
}
