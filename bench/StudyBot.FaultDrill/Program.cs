using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using StudyBot.Core;
using StudyBot.FaultDrill;
using StudyBot.Testing;

// Usage: dotnet run -c Release --project bench/StudyBot.FaultDrill -- [kills] [seed]
// Kills the real program (kill -9) at random moments while 1,100 reminders are due (500 to Discord, 500 to Slack,
// 100 on the console), restarts it each time, and counts what each platform received.
var kills = int.Parse(args.ElementAtOrDefault(0) ?? "10", CultureInfo.InvariantCulture);
var seed = int.Parse(args.ElementAtOrDefault(1) ?? "2026", CultureInfo.InvariantCulture);
var random = new Random(seed);
var folder = Directory.CreateTempSubdirectory("studybot-drill-").FullName;
var database = $"Data Source={Path.Combine(folder, "studybot.db")}";
var window = Duration.FromSeconds(40);
var firstDue = SystemClock.Instance.GetCurrentInstant() + Duration.FromSeconds(20);
(Platform, string, int, int)[] plan = [(Platform.Discord, "200", 25, 500), (Platform.Slack, "T1", 25, 500), (Platform.Console, "console", 10, 100)];

var seeding = Stopwatch.StartNew();
var expected = await Seeder.SeedAsync(database, plan, firstDue, window);
Console.WriteLine($"seeded {expected.Count:N0} meetings in {seeding.Elapsed.TotalSeconds:0.0} s");
await using var platforms = await Platforms.StartAsync();
string[] settings =
[
    $"Database:ConnectionString={database}",
    "Outbox:InstanceName=drill",
    "Discord:Token=drill-token", "Discord:ApplicationId=1", $"Discord:ApiBaseUrl={platforms.Address}/discord/api/v10",
    "Discord:Gateway=false", "Discord:RegisterCommands=false",
    "Slack:BotToken=xoxb-drill", "Slack:SigningSecret=drill-secret", $"Slack:ApiBaseUrl={platforms.Address}/slack/api/",
    $"Urls=http://127.0.0.1:{FreePort()}", "--console",
];

// Kill moments: random, over the window and a little after (deliveries at one post a second per Slack channel lag).
var killAt = Enumerable.Range(0, kills).Select(_ => firstDue + Duration.FromMilliseconds(random.Next(0, (int)(window.TotalMilliseconds * 1.3)))).Order().ToList();
var consoleLines = new List<string>();
var lastErrors = string.Empty;
var watch = Stopwatch.StartNew();
Console.WriteLine($"fault drill: {expected.Count:N0} reminders ({string.Join(", ", plan.Select(p => $"{p.Item4:N0} {p.Item1}"))}) due over {window.TotalSeconds:0} s from {firstDue}; {kills} kills (kill -9) at random moments (seed {seed}), restarted at once each time");
foreach (var at in killAt)
{
    using var running = StudyBotProcess.Start(folder, settings);
    var wait = at - SystemClock.Instance.GetCurrentInstant();
    if (wait > Duration.Zero)
    {
        await Task.Delay(wait.ToTimeSpan());
    }

    running.Kill();
    consoleLines.AddRange(running.Lines);
    Console.WriteLine($"  killed at {at} ({Delivered()} delivered so far)");
}

using (var last = StudyBotProcess.Start(folder, settings))
{
    var deadline = Stopwatch.StartNew();
    while (Delivered() < expected.Count - plan.Where(p => p.Item1 == Platform.Console).Sum(p => p.Item4) && deadline.Elapsed < TimeSpan.FromSeconds(double.Parse(Environment.GetEnvironmentVariable("DRILL_WAIT") ?? "180", CultureInfo.InvariantCulture)))
    {
        await Task.Delay(500);
    }

    // The console's lines are in the last process's output; give it a moment to print the rest, then stop it.
    await Task.Delay(TimeSpan.FromSeconds(5));
    last.Terminate();
    await last.EndInputAndWaitAsync(TimeSpan.FromMinutes(1));
    consoleLines.AddRange(last.Lines);
    lastErrors = last.Errors;
}

var ok = Report(Platform.Discord, platforms.DiscordMessagesByNonce, Nonce, $"{platforms.DiscordSends:N0} sends; the nonce turned {platforms.DiscordSends - platforms.DiscordMessagesByNonce.Values.Sum():N0} repeats into the message already there");
ok &= Report(Platform.Slack, platforms.SlackMessagesByKey, key => key, $"{platforms.SlackCalls.Posts:N0} posts; {platforms.SlackCalls.HistoryChecks:N0} history reads checked posts in doubt");
var consoleByTitle = consoleLines.Where(l => l.StartsWith("[#", StringComparison.Ordinal) && l.Contains("Reminder:", StringComparison.Ordinal))
    .GroupBy(l => l[(l.IndexOf("**", StringComparison.Ordinal) + 2)..l.IndexOf("**", l.IndexOf("**", StringComparison.Ordinal) + 2, StringComparison.Ordinal)])
    .ToDictionary(g => g.Key, g => g.Count());
var consoleExpected = expected.Where(e => e.Platform == Platform.Console).ToList();
var repeatsPerChannel = consoleExpected.GroupBy(e => e.Channel).Select(g => g.Sum(e => Math.Max(0, consoleByTitle.GetValueOrDefault(e.Title) - 1))).ToList();
var consoleLost = consoleExpected.Count(e => !consoleByTitle.ContainsKey(e.Title));
var bound = repeatsPerChannel.All(r => r <= kills);
Console.WriteLine($"console: {consoleExpected.Count - consoleLost:N0}/{consoleExpected.Count:N0} delivered, {consoleLost} lost, {repeatsPerChannel.Sum()} line(s) repeated (at most one per kill per destination: {(bound ? "yes" : "NO")}, most in one channel {repeatsPerChannel.Max()})");
Console.WriteLine($"drill took {watch.Elapsed.TotalSeconds:0} s");
if (!ok)
{
    Console.WriteLine("The last run's log ended with:");
    Console.WriteLine(string.Join('\n', lastErrors.Split('\n').TakeLast(30)));
}

if (Environment.GetEnvironmentVariable("DRILL_KEEP") is null) { Directory.Delete(folder, recursive: true); } else { Console.WriteLine($"kept {folder}"); }
return ok && consoleLost == 0 && bound ? 0 : 1;

int Delivered() => platforms.DiscordMessagesByNonce.Count + platforms.SlackMessagesByKey.Count;

bool Report(Platform platform, IReadOnlyDictionary<string, int> received, Func<string, string> id, string? note)
{
    var wanted = expected.Where(e => e.Platform == platform).ToList();
    var lost = wanted.Count(e => !received.ContainsKey(id(e.Key)));
    var duplicated = wanted.Sum(e => Math.Max(0, received.GetValueOrDefault(id(e.Key)) - 1));
    Console.WriteLine($"{platform.ToString().ToLowerInvariant()}: {wanted.Count - lost:N0}/{wanted.Count:N0} delivered, {lost} lost, {duplicated} duplicated{(note is null ? string.Empty : $" ({note})")}");
    return lost == 0 && duplicated == 0;
}

// The nonce StudyBot's Discord sender derives from a key (the first 25 hex digits of its SHA-256).
static string Nonce(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..25];

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
