using System.Globalization;
using StudyBot.Slack.Bench;

// Ack latency and throughput of signed slash commands over HTTP, end to end through the real router and SQLite.
// Usage: dotnet run -c Release --project bench/StudyBot.Slack.Bench -- [requests=2000] [concurrency=16]
var requests = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;

await using var target = await BenchTarget.StartAsync().ConfigureAwait(false);
using var driver = new LoadDriver(target);
Console.WriteLine($"StudyBot Slack HTTP bench: {requests} requests per scenario, {concurrency} concurrent, {Environment.ProcessorCount} CPUs, .NET {Environment.Version}");
await driver.RunAsync("warm-up (help)", _ => "help", 200, concurrency).ConfigureAwait(false);
Report(await driver.RunAsync("/study group list (read)", _ => "group list", requests, concurrency).ConfigureAwait(false));
Report(await driver.RunAsync("/study group create (write)", i => $"group create name:\"Bench {i}\" timezone:Europe/Berlin", requests, concurrency).ConfigureAwait(false));
Report(await driver.RunAsync("/study help (no database)", _ => "help", requests, concurrency).ConfigureAwait(false));
Report(await driver.RunAsync("forged signature (401)", _ => "group list", requests, concurrency, forge: true).ConfigureAwait(false));

static void Report(BenchResult result) => Console.WriteLine(result.ToString());
