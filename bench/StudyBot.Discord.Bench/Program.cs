using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot.Discord.Bench;
using StudyBot.Discord.Configuration;
using StudyBot.Discord.Gateway;
using StudyBot.Discord.Tests.Fakes;
using StudyBot.Testing;

// Drives the Discord adapter against the fake Discord server on 127.0.0.1 with the real router and
// SQLite: interaction acknowledgement latency (gateway event sent -> callback received) and the rate at
// which one shard takes in dispatch events. Usage: dotnet run -c Release -- [interactions] [events]
var interactions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
var events = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50_000;

await using var server = await FakeDiscordServer.StartAsync();
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Discord:Token"] = "bench-token",
    ["Discord:ApplicationId"] = "100",
    ["Discord:ApiBaseUrl"] = server.ApiBaseUrl.ToString(),
}).Build();
var counter = new CountingObserver();
using var harness = new CommandHarness(services =>
{
    services.AddDiscordAdapter(configuration);
    services.AddSingleton<TimeProvider>(TimeProvider.System);
    services.AddSingleton<IGatewayEventObserver>(counter);
});
var hosted = harness.Services.GetServices<IHostedService>().ToList();
foreach (var service in hosted)
{
    await service.StartAsync(CancellationToken.None);
}

var gateway = await server.NextConnectionAsync();
await gateway.SendHelloAsync();
await gateway.ReceiveOpAsync(2);
await gateway.SendReadyAsync("bench", server.GatewayUrl.ToString());
var sequence = 1;

async Task<double[]> MeasureAsync(string label, Func<int, JsonObject> payload)
{
    var latencies = new double[interactions];
    for (var i = 0; i < interactions; i++)
    {
        var id = server.NewId();
        var interaction = payload(i);
        interaction["id"] = id;
        interaction["token"] = "t" + id;
        var sent = Stopwatch.GetTimestamp();
        await gateway.DispatchAsync("INTERACTION_CREATE", ++sequence, interaction);
        var callback = await server.WaitForRequestAsync(r => r.Path.StartsWith($"/interactions/{id}/", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        latencies[i] = Stopwatch.GetElapsedTime(sent, callback.ReceivedAt).TotalMilliseconds;
    }

    Array.Sort(latencies);
    Console.WriteLine($"{label,-34} n={interactions}  p50={Percentile(latencies, 0.50):0.00} ms  p99={Percentile(latencies, 0.99):0.00} ms  max={latencies[^1]:0.00} ms");
    return latencies;
}

// Warm-up: JIT, EF model, connection pool.
var warm = interactions;
interactions = 50;
await MeasureAsync("warm-up /help", _ => Command("help", []));
interactions = warm;

await MeasureAsync("ack latency /help", _ => Command("help", []));
await MeasureAsync("ack latency /group create (writes)", i => Command("group", [new JsonObject
{
    ["type"] = 1,
    ["name"] = "create",
    ["options"] = new JsonArray(new JsonObject { ["type"] = 3, ["name"] = "name", ["value"] = $"Bench group {i}" }),
}]));

var reached = counter.ExpectAsync(events);
var started = Stopwatch.GetTimestamp();
for (var i = 0; i < events; i++)
{
    await gateway.DispatchAsync("BENCH_EVENT", ++sequence, new JsonObject { ["n"] = i });
}

await reached.WaitAsync(TimeSpan.FromMinutes(2));
var elapsed = Stopwatch.GetElapsedTime(started);
Console.WriteLine($"{"gateway dispatch throughput",-34} n={events}  {events / elapsed.TotalSeconds:0} events/s ({elapsed.TotalMilliseconds:0} ms)");

foreach (var service in hosted)
{
    await service.StopAsync(CancellationToken.None);
}

return 0;

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

static JsonObject Command(string name, JsonArray options) => new()
{
    ["application_id"] = "100",
    ["type"] = 2,
    ["data"] = new JsonObject { ["id"] = "700", ["type"] = 1, ["name"] = name, ["options"] = options },
    ["guild_id"] = "200",
    ["channel_id"] = "300",
    ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "400", ["username"] = "bench" }, ["permissions"] = "0" },
    ["version"] = 1,
};
