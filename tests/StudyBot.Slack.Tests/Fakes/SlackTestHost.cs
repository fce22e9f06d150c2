using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Charts;
using StudyBot.Commands;
using StudyBot.Persistence;
using StudyBot.Slack.Http;
using StudyBot.Slack.Inbound;
using StudyBot.Testing;

namespace StudyBot.Slack.Tests.Fakes;

/// <summary>
/// StudyBot composed as the host composes it (real router, real SQLite, the Slack adapter), on 127.0.0.1 with
/// a fake clock, pointed at a <see cref="FakeSlackServer"/>. Socket Mode runs when asked; HTTP mode maps the endpoints.
/// </summary>
public sealed class SlackTestHost : IAsyncDisposable
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private readonly WebApplication _app;

    private SlackTestHost(WebApplication app, TestDatabase database, SignalingTimeProvider clock, ListLoggerProvider logs)
    {
        _app = app;
        Database = database;
        Clock = clock;
        Logs = logs;
    }

    public TestDatabase Database { get; }

    public SignalingTimeProvider Clock { get; }

    public FakeTimeProvider Time => Clock.Fake;

    public ListLoggerProvider Logs { get; }

    public IServiceProvider Services => _app.Services;

    public HttpClient Client { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<SlackTestHost> StartAsync(FakeSlackServer slack, bool socketMode, Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null)
    {
        var database = new TestDatabase();
        var clock = new SignalingTimeProvider(new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)));
        var logs = new ListLoggerProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        var values = new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Slack:BotToken"] = "xoxb-test-bot",
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        };
        if (socketMode)
        {
            values["Slack:AppToken"] = "xapp-test-app";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        builder.Services.AddStudyBotPersistence(builder.Configuration);
        builder.Services.AddStudyBotCommands();
        builder.Services.AddStudyBotCharts();
        builder.Services.AddSlackAdapter(builder.Configuration);
        builder.Services.AddSingleton<TimeProvider>(clock);
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapSlackEndpoints();
        var host = new SlackTestHost(app, database, clock, logs);
        await app.StartAsync();
        host.BaseAddress = new Uri(app.Urls.Single() + "/");
        return host;
    }

    /// <summary>Posts <paramref name="body"/> signed as Slack would, now by the fake clock unless told otherwise.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType = "application/x-www-form-urlencoded", long? timestamp = null, string? signature = null, int? retryNumber = null)
    {
        var ts = (timestamp ?? Time.GetUtcNow().ToUnixTimeSeconds()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseAddress, path)) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", signature ?? SlackSignatureVerifier.Sign(SigningSecret, ts, Encoding.UTF8.GetBytes(body)));
        if (retryNumber is { } retry)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return Client.SendAsync(request);
    }

    /// <summary>Runs <c>/study {text}</c> over HTTP and returns its answer (inline or through response_url) as JSON.</summary>
    public async Task<JsonObject> CommandAsync(FakeSlackServer slack, string text, string user = "U1")
    {
        var before = slack.Count("response_url");
        using var response = await PostSignedAsync("slack/commands", Payloads.Form(Payloads.SlashCommand(text, slack.HookUrl("h-" + Guid.NewGuid().ToString("N")), user)));
        var body = await response.Content.ReadAsStringAsync();
        if (body.Length > 0)
        {
            return JsonNode.Parse(body)!.AsObject();
        }

        return (await slack.WaitForCallAsync("response_url", _ => slack.Count("response_url") > before)).Args;
    }

    /// <summary>Waits until background work (late replies, uploads, events) has finished.</summary>
    public Task IdleAsync() => Services.GetRequiredService<BackgroundWork>().IdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

    public StudyBotDbContext Db() => Database.CreateContext();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Database.Dispose();
    }
}
