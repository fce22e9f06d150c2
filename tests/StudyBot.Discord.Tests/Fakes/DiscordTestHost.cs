using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using StudyBot.Application;
using StudyBot.Commands;
using StudyBot.Discord.Configuration;
using StudyBot.Discord.Gateway;
using StudyBot.Testing;

namespace StudyBot.Discord.Tests.Fakes;

/// <summary>
/// The real command layer over SQLite (<see cref="CommandHarness"/>) with the Discord adapter pointed at
/// a fake Discord server, on a fake clock. Hosted services start only when the test asks.
/// </summary>
public sealed class DiscordTestHost : IAsyncDisposable
{
    public const string Token = "test-token-not-a-secret";
    public const string ApplicationId = "100";
    private readonly List<IHostedService> _started = [];

    private DiscordTestHost(FakeDiscordServer server, CommandHarness harness, SignalingTimeProvider time)
    {
        Server = server;
        Harness = harness;
        Time = time;
    }

    public FakeDiscordServer Server { get; }

    public CommandHarness Harness { get; }

    public SignalingTimeProvider Time { get; }

    public IServiceProvider Services => Harness.Services;

    public static async Task<DiscordTestHost> CreateAsync(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var server = await FakeDiscordServer.StartAsync();
        server.Validator = OpenApiValidator.Validate;
        var values = new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:ApplicationId"] = ApplicationId,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl.ToString(),
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var time = new SignalingTimeProvider();
        var harness = new CommandHarness(s =>
        {
            s.AddDiscordAdapter(configuration);
            s.AddSingleton<TimeProvider>(time);
            s.AddSingleton(new GatewayJitter(() => 0));
            s.AddSingleton<TestSignals>();
            s.Replace(ServiceDescriptor.Singleton<IBackgroundWork, SignalingBackgroundWork>());
            s.AddCommand<SlowCommand>().AddCommand<ExportCommand>();
            s.AddComponent<EchoComponent>();
            services?.Invoke(s);
        });
        return new DiscordTestHost(server, harness, time);
    }

    public TestSignals Signals => Get<TestSignals>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Waits for the interaction callback of interaction <paramref name="id"/>.</summary>
    public Task<RecordedRequest> CallbackAsync(string id) =>
        Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.StartsWith($"/interactions/{id}/", StringComparison.Ordinal));

    /// <summary>Starts command registration and the gateway, as the host would.</summary>
    public async Task StartAsync()
    {
        foreach (var hosted in Services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
            _started.Add(hosted);
        }
    }

    /// <summary>Starts the gateway and completes the handshake on its first connection.</summary>
    public async Task<FakeGatewayConnection> ConnectAsync(string sessionId = "session-1")
    {
        await StartAsync();
        var connection = await Server.NextConnectionAsync();
        await connection.SendHelloAsync();
        await connection.ReceiveHeartbeatAsync();
        await connection.ReceiveOpAsync(2);
        await connection.SendReadyAsync(sessionId, Server.GatewayUrl + "?resume=1");

        // A heartbeat request is answered at once and in order, so its answer proves READY was read.
        await connection.SendAsync(new System.Text.Json.Nodes.JsonObject { ["op"] = 1, ["d"] = null });
        await connection.ReceiveHeartbeatAsync();
        return connection;
    }

    public void AssertRequestsMatchOpenApi() =>
        Assert.True(Server.Violations.IsEmpty, "Request bodies that break Discord's OpenAPI spec:\n" + string.Join('\n', Server.Violations));

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _started)
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        Harness.Dispose();
        await Server.DisposeAsync();
    }
}
