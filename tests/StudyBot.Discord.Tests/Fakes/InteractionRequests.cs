namespace StudyBot.Discord.Tests.Fakes;

/// <summary>The requests the adapter made about one interaction, in order, to compare whole sequences.</summary>
public static class InteractionRequests
{
    /// <summary>Callbacks and webhook calls of interaction <paramref name="id"/> (token <c>itoken-{id}</c>).</summary>
    public static IReadOnlyList<RecordedRequest> Of(FakeDiscordServer server, string id) =>
        server.Requests
            .Where(r => r.Path.StartsWith($"/interactions/{id}/", StringComparison.Ordinal)
                || r.Path.StartsWith($"/webhooks/{DiscordTestHost.ApplicationId}/itoken-{id}", StringComparison.Ordinal))
            .ToList();

    /// <summary>"METHOD path" of each, for a readable sequence assertion.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<RecordedRequest> requests) =>
        requests.Select(r => $"{r.Method} {r.Path}").ToList();

}
