using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace StudyBot.Slack.Tests.Fakes;

/// <summary>
/// Slack on 127.0.0.1: Web API methods under /api/, response_url hooks under /hooks/, pre-signed uploads under
/// /upload/, and Socket Mode WebSockets under /socket/. Every request is recorded; answers can be scripted per method.
/// </summary>
public sealed class FakeSlackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<ApiCall> _calls = [];
    private readonly List<(Func<ApiCall, bool> Match, TaskCompletionSource<ApiCall> Done)> _waiters = [];
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeResponse>> _scripted = new();
    private readonly Channel<FakeSocket> _sockets = Channel.CreateUnbounded<FakeSocket>();
    private readonly ConcurrentDictionary<string, List<JsonObject>> _history = new(StringComparer.Ordinal);
    private int _socketCount;
    private int _ts;

    private FakeSlackServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public string ApiBaseUrl => BaseAddress + "api/";

    /// <summary>While set and not completed, users.info answers only once it completes (Slack being slow).</summary>
    public TaskCompletionSource? UsersInfoGate { get; set; }

    /// <summary>users.info answers by user id; unknown users get a plain member.</summary>
    public ConcurrentDictionary<string, JsonObject> Users { get; } = new();

    /// <summary>Ids users.info answers <c>user_not_found</c> for.</summary>
    public ConcurrentBag<string> UnknownUsers { get; } = [];

    public IReadOnlyList<ApiCall> Calls
    {
        get
        {
            lock (_calls)
            {
                return _calls.ToArray();
            }
        }
    }

    public static async Task<FakeSlackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new FakeSlackServer(builder.Build());
        server.Map();
        await server._app.StartAsync();
        server.BaseAddress = new Uri(server._app.Urls.Single() + "/");
        return server;
    }

    public Uri HookUrl(string id) => new(BaseAddress, $"hooks/{id}");

    /// <summary>The next answer of <paramref name="method"/> (then back to the default).</summary>
    public void Enqueue(string method, FakeResponse response) => _scripted.GetOrAdd(method, _ => new()).Enqueue(response);

    /// <summary>A recorded or future call matching the method (and predicate).</summary>
    public Task<ApiCall> WaitForCallAsync(string method, Func<ApiCall, bool>? match = null)
    {
        bool Matches(ApiCall c) => c.Method == method && (match?.Invoke(c) ?? true);
        lock (_calls)
        {
            var found = _calls.FirstOrDefault(Matches);
            if (found is not null)
            {
                return Task.FromResult(found);
            }

            var done = new TaskCompletionSource<ApiCall>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((Matches, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    public int Count(string method) => Calls.Count(c => c.Method == method);

    /// <summary>Adds a message someone else posted to a channel's history.</summary>
    public void Post(string channel, string text)
    {
        var messages = _history.GetOrAdd(channel, _ => []);
        lock (messages)
        {
            messages.Add(new JsonObject { ["type"] = "message", ["ts"] = NextTs(), ["text"] = text });
        }
    }

    /// <summary>The messages posted to a channel, oldest first, as conversations.history would give them.</summary>
    public IReadOnlyList<JsonObject> History(string channel)
    {
        var messages = _history.GetOrAdd(channel, _ => []);
        lock (messages)
        {
            return messages.ToList();
        }
    }

    /// <summary>The next Socket Mode connection the client opens (hello already sent unless told not to).</summary>
    public async Task<FakeSocket> NextSocketAsync()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _sockets.Reader.ReadAsync(guard.Token);
    }

    public bool SendHello { get; set; } = true;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map()
    {
        _app.UseWebSockets();
        _app.MapPost("/api/{method}", async (HttpContext http, string method) =>
        {
            var call = await RecordAsync(http, method);
            if (method == "users.info" && UsersInfoGate is { } gate)
            {
                await gate.Task;
            }

            return Answer(http, method, call);
        });
        _app.MapPost("/hooks/{id}", async (HttpContext http) => { await RecordAsync(http, "response_url"); return Results.Ok(); });
        _app.MapPost("/upload/{id}", async (HttpContext http) => { await RecordAsync(http, "upload"); return Results.Ok(); });
        _app.Map("/socket/{n}", async (HttpContext http) =>
        {
            using var ws = await http.WebSockets.AcceptWebSocketAsync();
            using var socket = new FakeSocket(ws, Interlocked.Increment(ref _socketCount));
            var running = socket.RunAsync();
            if (SendHello)
            {
                await socket.HelloAsync();
            }

            _sockets.Writer.TryWrite(socket);
            await running;
        });
    }

    private async Task<ApiCall> RecordAsync(HttpContext http, string method)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var args = new JsonObject();
        var text = Encoding.UTF8.GetString(body);
        if (http.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true)
        {
            args = (JsonObject)JsonNode.Parse(text)!;
        }
        else if (http.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal) == true)
        {
            foreach (var (key, value) in QueryHelpers.ParseQuery(text))
            {
                args[key] = value.ToString();
            }
        }

        var call = new ApiCall(method, http.Request.Headers.Authorization.ToString(), args, body);
        lock (_calls)
        {
            _calls.Add(call);
            foreach (var waiter in _waiters.Where(w => w.Match(call)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(call);
            }
        }

        return call;
    }

    private IResult Answer(HttpContext http, string method, ApiCall call)
    {
        var response = _scripted.TryGetValue(method, out var queue) && queue.TryDequeue(out var next) ? next : Default(method, call);
        if (method == "chat.postMessage" && (response.Lands || response.Status == 200 && response.Json.Contains("\"ok\":true", StringComparison.Ordinal)))
        {
            Keep(call, response);
        }

        if (response.RetryAfterSeconds is { } seconds)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return Results.Text(response.Json, "application/json", Encoding.UTF8, response.Status);
    }

    private FakeResponse Default(string method, ApiCall call) => method switch
    {
        "apps.connections.open" => FakeResponse.Ok($$"""{"ok":true,"url":"{{BaseAddress.ToString().Replace("http", "ws", StringComparison.Ordinal)}}socket/{{_socketCount + 1}}?ticket=t"}"""),
        "chat.postMessage" => FakeResponse.Ok($$"""{"ok":true,"channel":"{{call.Arg("channel")}}","ts":"{{NextTs()}}"}"""),
        "chat.update" => Update(call),
        "conversations.history" => HistoryAnswer(call),
        "conversations.open" => FakeResponse.Ok(new JsonObject { ["ok"] = true, ["channel"] = new JsonObject { ["id"] = "D" + call.Arg("users") } }.ToJsonString()),
        "users.info" when UnknownUsers.Contains(call.Arg("user")) => FakeResponse.Error("user_not_found"),
        "users.info" => FakeResponse.Ok(new JsonObject { ["ok"] = true, ["user"] = Users.TryGetValue(call.Arg("user"), out var user) ? user.DeepClone() : PlainUser(call.Arg("user")) }.ToJsonString()),
        "views.open" => FakeResponse.Ok("""{"ok":true,"view":{"id":"V1"}}"""),
        "files.getUploadURLExternal" => FakeResponse.Ok($$"""{"ok":true,"upload_url":"{{BaseAddress}}upload/F1","file_id":"F1"}"""),
        _ => FakeResponse.Ok("""{"ok":true}"""),
    };

    // Slack's ts: Unix seconds of real time, and a sequence number so each is unique and sortable.
    private string NextTs() => string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.{Interlocked.Increment(ref _ts):D6}");

    private void Keep(ApiCall call, FakeResponse response)
    {
        var ts = response.Status == 200 && JsonNode.Parse(response.Json) is JsonObject answer && answer["ts"] is { } given ? given.GetValue<string>() : NextTs();
        var message = new JsonObject { ["type"] = "message", ["ts"] = ts, ["text"] = call.Arg("text") };
        if (call.Args["metadata"] is { } metadata)
        {
            message["metadata"] = metadata.DeepClone();
        }

        var messages = _history.GetOrAdd(call.Arg("channel"), _ => []);
        lock (messages)
        {
            messages.Add(message);
        }
    }

    // chat.update replaces the text of the message with that ts in the kept history (a ts it never saw is answered ok too).
    private FakeResponse Update(ApiCall call)
    {
        var messages = _history.GetOrAdd(call.Arg("channel"), _ => []);
        lock (messages)
        {
            if (messages.FirstOrDefault(m => m["ts"]!.GetValue<string>() == call.Arg("ts")) is { } message)
            {
                message["text"] = call.Arg("text");
            }
        }

        return FakeResponse.Ok(new JsonObject { ["ok"] = true, ["channel"] = call.Arg("channel"), ["ts"] = call.Arg("ts"), ["text"] = call.Arg("text") }.ToJsonString());
    }

    // Newest first, from `oldest` on, metadata only when asked for, one page of `limit` with a cursor for the next.
    private FakeResponse HistoryAnswer(ApiCall call)
    {
        var oldest = decimal.Parse(call.Args["oldest"]?.ToString() ?? "0", CultureInfo.InvariantCulture);
        var limit = int.Parse(call.Args["limit"]?.ToString() ?? "100", CultureInfo.InvariantCulture);
        var skip = int.Parse(call.Args["cursor"]?.ToString() ?? "0", CultureInfo.InvariantCulture);
        var withMetadata = call.Args["include_all_metadata"]?.ToString() == "true";
        var all = History(call.Arg("channel")).Where(m => decimal.Parse(m["ts"]!.GetValue<string>(), CultureInfo.InvariantCulture) >= oldest).Reverse().ToList();
        var page = all.Skip(skip).Take(limit).Select(m =>
        {
            var copy = (JsonObject)m.DeepClone();
            if (!withMetadata)
            {
                copy.Remove("metadata");
            }

            return (JsonNode?)copy;
        }).ToArray();
        var more = skip + limit < all.Count;
        var answer = new JsonObject { ["ok"] = true, ["messages"] = new JsonArray(page), ["has_more"] = more };
        if (more)
        {
            answer["response_metadata"] = new JsonObject { ["next_cursor"] = (skip + limit).ToString(CultureInfo.InvariantCulture) };
        }

        return FakeResponse.Ok(answer.ToJsonString());
    }

    public static JsonObject PlainUser(string id, string name = "Member", string tz = "Europe/Berlin", bool admin = false, bool owner = false) => new()
    {
        ["id"] = id,
        ["team_id"] = "T1",
        ["name"] = name.ToLowerInvariant(),
        ["tz"] = tz,
        ["is_admin"] = admin,
        ["is_owner"] = owner,
        ["profile"] = new JsonObject { ["display_name"] = name, ["real_name"] = name },
    };
}
