using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace StudyBot.FaultDrill;

/// <summary>
/// Discord and Slack as far as delivering messages goes, on 127.0.0.1, remembering every message they kept. Discord
/// honours <c>enforce_nonce</c> as the real one does (a repeated nonce returns the earlier message); Slack keeps
/// each post's metadata and answers <c>conversations.history</c> with it. Both keep a message first and answer
/// 20–200 ms later, like a real platform under load: a kill in that gap leaves a message delivered but unrecorded,
/// which is the case exactly-once delivery has to get right.
/// </summary>
internal sealed class Platforms : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _discordNonces = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Channel, string Nonce)> _discordMessages = new();
    private readonly ConcurrentDictionary<string, List<JsonObject>> _slackHistory = new(StringComparer.Ordinal);
    private long _ids = 1_000_000;
    private long _ts;

    private Platforms(WebApplication app) => _app = app;

    public string Address => _app.Urls.Single();

    /// <summary>Discord message creations asked for, including the ones a nonce turned into the earlier message.</summary>
    public int DiscordSends => _discordSends;

    private int _discordSends;
    private int _slackPosts;
    private int _slackHistoryChecks;

    /// <summary>Slack posts asked for, and the <c>conversations.history</c> reads that checked for a post in doubt.</summary>
    public (int Posts, int HistoryChecks) SlackCalls => (_slackPosts, _slackHistoryChecks);

    /// <summary>Messages Discord kept, by nonce.</summary>
    public IReadOnlyDictionary<string, int> DiscordMessagesByNonce => _discordMessages.GroupBy(m => m.Nonce).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Messages Slack kept, by the idempotency key in their metadata.</summary>
    public IReadOnlyDictionary<string, int> SlackMessagesByKey => _slackHistory.Values.SelectMany(ListOf)
        .Select(m => m["metadata"]?["event_payload"]?["key"]?.GetValue<string>() ?? "(no key)")
        .GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());

    public static async Task<Platforms> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var platforms = new Platforms(builder.Build());
        platforms._app.MapPost("/discord/api/v10/channels/{channel}/messages", platforms.DiscordMessageAsync);
        platforms._app.MapPost("/slack/api/{method}", platforms.SlackAsync);
        await platforms._app.StartAsync();
        return platforms;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static List<JsonObject> ListOf(List<JsonObject> list)
    {
        lock (list)
        {
            return list.ToList();
        }
    }

    private async Task<IResult> DiscordMessageAsync(HttpContext http, string channel)
    {
        Interlocked.Increment(ref _discordSends);
        var body = (await JsonNode.ParseAsync(http.Request.Body))!.AsObject();
        var nonce = body["nonce"]?.GetValue<string>() ?? throw new InvalidOperationException("StudyBot always sends a nonce.");
        var enforced = body["enforce_nonce"]?.GetValue<bool>() == true;
        var id = enforced
            ? _discordNonces.GetOrAdd(nonce, _ => Create(channel, nonce))
            : Create(channel, nonce);
        await AnswerLatencyAsync();
        return Results.Json(new JsonObject { ["id"] = id, ["channel_id"] = channel, ["nonce"] = nonce });
    }

    private string Create(string channel, string nonce)
    {
        _discordMessages.Enqueue((channel, nonce));
        return Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture);
    }

    private async Task<IResult> SlackAsync(HttpContext http, string method)
    {
        var args = await ArgumentsAsync(http.Request);
        switch (method)
        {
            case "chat.postMessage":
                var channel = args["channel"]!.GetValue<string>();
                var ts = string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.{Interlocked.Increment(ref _ts):D6}");
                var message = new JsonObject { ["type"] = "message", ["ts"] = ts, ["metadata"] = args["metadata"]?.DeepClone() };
                var history = _slackHistory.GetOrAdd(channel, _ => []);
                lock (history)
                {
                    history.Add(message);
                }

                Interlocked.Increment(ref _slackPosts);
                await AnswerLatencyAsync();
                return Results.Json(new JsonObject { ["ok"] = true, ["channel"] = channel, ["ts"] = ts });
            case "conversations.history":
                Interlocked.Increment(ref _slackHistoryChecks);
                var messages = ListOf(_slackHistory.GetOrAdd(args["channel"]!.GetValue<string>(), _ => []));
                var oldest = decimal.Parse(args["oldest"]?.GetValue<string>() ?? "0", CultureInfo.InvariantCulture);
                var page = messages.Where(m => decimal.Parse(m["ts"]!.GetValue<string>(), CultureInfo.InvariantCulture) >= oldest).Reverse().Select(m => (JsonNode?)m.DeepClone()).ToArray();
                return Results.Json(new JsonObject { ["ok"] = true, ["messages"] = new JsonArray(page), ["has_more"] = false });
            default:
                return Results.Json(new JsonObject { ["ok"] = true });
        }
    }

    private static Task AnswerLatencyAsync() => Task.Delay(Random.Shared.Next(20, 200));

    private static async Task<JsonObject> ArgumentsAsync(HttpRequest request)
    {
        if (request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true)
        {
            return (await JsonNode.ParseAsync(request.Body))!.AsObject();
        }

        using var reader = new StreamReader(request.Body);
        var form = new JsonObject();
        foreach (var (key, value) in QueryHelpers.ParseQuery(await reader.ReadToEndAsync()))
        {
            form[key] = value.ToString();
        }

        return form;
    }
}
