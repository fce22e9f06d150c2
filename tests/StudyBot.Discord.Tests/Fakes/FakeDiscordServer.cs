using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StudyBot.Discord.Tests.Fakes;

/// <summary>
/// A fake Discord on 127.0.0.1: REST under <c>/api/v10</c> with sensible default answers that tests
/// override per call, and the gateway at <c>/gateway</c>, whose connections the test drives.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Lock _arrivalsGate = new();
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<(string Method, string PathPrefix, FakeResponse Response)> _scripted = new();
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly CancellationTokenSource _stopping = new();
    private long _nextId = 5_000_000_000_000_000;
    private string _commands = "[]";

    private FakeDiscordServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public Uri ApiBaseUrl => new(BaseUrl, "/api/v10");

    public Uri GatewayUrl => new($"ws://{BaseUrl.Authority}/gateway");

    public bool AckHeartbeats { get; set; } = true;

    /// <summary>Validates each JSON body the bot sends; null to skip (bench).</summary>
    public Func<RecordedRequest, IEnumerable<string>>? Validator { get; set; }

    public ConcurrentQueue<string> Violations { get; } = new();

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>The id of the last message the default answers said was created.</summary>
    public string? LastCreatedMessageId { get; private set; }

    public static async Task<FakeDiscordServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeDiscordServer(app);
        app.UseWebSockets();
        app.Map("/gateway", server.AcceptGatewayAsync);
        app.Map("/api/v10/{**path}", server.HandleRestAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address);
        return server;
    }

    /// <summary>Answers the next request whose method and path prefix match with <paramref name="response"/>, once.</summary>
    public void Enqueue(string method, string pathPrefix, FakeResponse response) => _scripted.Enqueue((method, pathPrefix, response));

    public string NewId() => Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Waits for the first request, received so far or later, that matches <paramref name="match"/>.</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task arrived;
            lock (_arrivalsGate)
            {
                if (_requests.FirstOrDefault(match) is { } found)
                {
                    return found;
                }

                arrived = _arrived.Task;
            }

            await arrived.WaitAsync(cancel.Token);
        }
    }

    public async Task<FakeGatewayConnection> NextConnectionAsync(TimeSpan? timeout = null) =>
        await _connections.Reader.ReadAsync().AsTask().WaitAsync(timeout ?? TimeSpan.FromSeconds(10));

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task AcceptGatewayAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = 400;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, AckHeartbeats);
        var pump = connection.PumpAsync(_stopping.Token);
        await _connections.Writer.WriteAsync(connection);
        await pump;
    }

    private async Task HandleRestAsync(HttpContext http)
    {
        var request = await RecordAsync(http.Request);
        if (Validator is { } validate)
        {
            foreach (var problem in validate(request))
            {
                Violations.Enqueue($"{request}: {problem}");
            }
        }

        var response = Scripted(request) ?? Default(request);
        lock (_arrivalsGate)
        {
            _requests.Enqueue(request);
            var arrived = _arrived;
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            arrived.SetResult();
        }
        http.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            http.Response.Headers[name] = value;
        }

        if (response.Json is not null)
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(response.Json);
        }
    }

    private FakeResponse? Scripted(RecordedRequest request)
    {
        // Requests of one test arrive one at a time, so a rotate-through-the-queue match is race-free enough.
        var count = _scripted.Count;
        for (var i = 0; i < count && _scripted.TryDequeue(out var item); i++)
        {
            if (item.Method == request.Method && request.Path.StartsWith(item.PathPrefix, StringComparison.Ordinal))
            {
                return item.Response;
            }

            _scripted.Enqueue(item);
        }

        return null;
    }

    private FakeResponse Default(RecordedRequest request)
    {
        var segments = request.Path.Trim('/').Split('/');
        switch (request.Method, segments[0])
        {
            case ("GET", "gateway"):
                return FakeResponse.Ok($$$"""{"url":"{{{GatewayUrl}}}","shards":1,"session_start_limit":{"total":1000,"remaining":999,"reset_after":14400000,"max_concurrency":1}}""");
            case ("POST", "interactions"):
                LastCreatedMessageId = NewId();
                return FakeResponse.Ok("{\"interaction\":{\"id\":\"" + segments[1] + "\",\"type\":2},\"resource\":{\"type\":4,\"message\":{\"id\":\"" + LastCreatedMessageId + "\"}}}");
            case ("DELETE", _):
                return FakeResponse.NoContent();
            case ("GET", "applications"):
                return FakeResponse.Ok(_commands);
            case ("PUT", "applications"):
                _commands = request.JsonBody ?? "[]";
                return FakeResponse.Ok(_commands);
            case ("GET", "guilds") when segments is [_, _, "members", var user]:
                // Everyone the tests name is in the guild unless a test scripts a 404.
                return FakeResponse.Ok($$"""{"user":{"id":"{{user}}","username":"member{{user}}"},"roles":[],"joined_at":"2026-01-01T00:00:00+00:00","deaf":false,"mute":false}""");
            case ("POST", "users"):
                return FakeResponse.Ok($$"""{"id":"{{NewId()}}","type":1}""");
            case ("PATCH", "channels") when segments is [_, var channel, "messages", var message]:
                // An edit answers with the message it changed.
                return FakeResponse.Ok($$"""{"id":"{{message}}","channel_id":"{{channel}}"}""");
            case ("POST", "channels") when segments is [_, var channel, "polls", var message, "expire"]:
                // Ending a poll answers with its message, the results now final.
                return FakeResponse.Ok(new JsonObject
                {
                    ["id"] = message,
                    ["channel_id"] = channel,
                    ["poll"] = new JsonObject { ["results"] = new JsonObject { ["is_finalized"] = true, ["answer_counts"] = new JsonArray() } },
                }.ToJsonString());
            default:
                LastCreatedMessageId = NewId();
                return FakeResponse.Ok($$"""{"id":"{{LastCreatedMessageId}}","channel_id":"{{(segments.Length > 1 ? segments[1] : "0")}}"}""");
        }
    }

    private static async Task<RecordedRequest> RecordAsync(HttpRequest request)
    {
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        string? json = null;
        var files = new List<string>();
        byte[] body;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            json = form["payload_json"];
            files.AddRange(form.Files.Select(f => $"{f.Name}={f.FileName}"));
            body = [];
        }
        else
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            body = buffer.ToArray();
            json = body.Length > 0 ? Encoding.UTF8.GetString(body) : null;
        }

        var path = request.Path.Value!["/api/v10".Length..];
        return new RecordedRequest(request.Method, path, request.QueryString.Value ?? string.Empty, headers, request.ContentType, body, json, files);
    }
}
