using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using StudyBot.Bench;
using StudyBot.Application;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;
using StudyBot.Scheduling;
using StudyBot.Scheduling.Clock;
using StudyBot.Scheduling.Work;

// Usage: dotnet run -c Release --project bench/StudyBot.Bench -- create [groups]
//        dotnet run -c Release --project bench/StudyBot.Bench -- burst [reminders]
//        dotnet run -c Release --project bench/StudyBot.Bench -- streaks [calls]
var scenario = args.ElementAtOrDefault(0) ?? "create";
var size = int.Parse(args.ElementAtOrDefault(1) ?? (scenario is "burst" or "streaks" ? "10000" : "100000"), System.Globalization.CultureInfo.InvariantCulture);
var folder = Directory.CreateTempSubdirectory("studybot-bench-").FullName;
var connection = $"Data Source={Path.Combine(folder, "bench.db")}";
try
{
    return scenario switch
    {
        "create" => await CreateAsync(size),
        "burst" => await BurstAsync(size),
        "streaks" => Streaks(size),
        _ => Usage(),
    };
}
finally
{
    Directory.Delete(folder, recursive: true);
}

int Usage()
{
    Console.Error.WriteLine("Scenarios: create [groups] | burst [reminders] | streaks [calls]");
    return 2;
}

// A streak over a year of daily check-ins (every 11th day missed, one away day): worked out on every check-in,
// prompt, nudge and digest line, so it must stay far below a millisecond.
int Streaks(int calls)
{
    var since = new LocalDate(2026, 1, 1);
    var history = new StudyBot.Core.Checkins.StreakHistory(
        StudyBot.Core.Meetings.Weekdays.All.ToHashSet(),
        since,
        Enumerable.Range(0, 365).Where(d => d % 11 != 0).Select(since.PlusDays).ToList(),
        new HashSet<LocalDate> { since.PlusDays(100) },
        1);
    var today = since.PlusDays(364);
    for (var i = 0; i < 1000; i++)
    {
        StudyBot.Core.Checkins.Streaks.Compute(history, today);
    }

    var watch = Stopwatch.StartNew();
    for (var i = 0; i < calls; i++)
    {
        StudyBot.Core.Checkins.Streaks.Compute(history, today);
    }

    watch.Stop();
    Console.WriteLine($"streaks: {calls:N0} calls over a year of daily history, {watch.Elapsed.TotalMicroseconds / calls:F1} µs per call");
    return 0;
}

// 100,000 groups, each with a weekly meeting and two reminders (24 h, 15 min): time and peak memory.
async Task<int> CreateAsync(int groups)
{
    var now = Instant.FromUtc(2027, 3, 1, 12, 0);
    using var host = BuildHost(new SimulatedTimeProvider(now.ToDateTimeOffset()), new CountingSender(), scheduling: false);
    await host.StartAsync();
    var watch = Stopwatch.StartNew();
    await Seeder.SeedAsync(host.Services, groups, new LocalDateTime(2027, 3, 2, 19, 0), [Duration.FromHours(24), Duration.FromMinutes(15)], now);
    watch.Stop();
    var (storedGroups, series, planned) = await Seeder.CountAsync(host.Services);
    await host.StopAsync();
    Console.WriteLine($"create: {storedGroups:N0} groups, {series:N0} weekly meetings, {planned:N0} planned work items (2 reminders + 1 advance each)");
    Console.WriteLine($"create: {watch.Elapsed.TotalSeconds:F1} s, {groups / watch.Elapsed.TotalSeconds:N0} groups/s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB");
    return storedGroups == groups && planned == groups * 3 ? 0 : 1;
}

// N reminders due in the same minute, through Quartz, the work engine and the outbox, to a sender with no rate limit.
async Task<int> BurstAsync(int reminders)
{
    var seededAt = Instant.FromUtc(2027, 3, 1, 12, 0);
    var sender = new CountingSender { Expected = reminders };
    var time = new SimulatedTimeProvider(seededAt.ToDateTimeOffset());
    using (var seedHost = BuildHost(time, sender, scheduling: false))
    {
        await seedHost.StartAsync();
        await Seeder.SeedAsync(seedHost.Services, reminders, new LocalDateTime(2027, 3, 2, 19, 0), [Duration.FromMinutes(15)], seededAt);
        await seedHost.StopAsync();
    }

    // All 15-minute reminders fall due at 2027-03-02 17:45Z (19:00 CET minus 15 min).
    var due = Instant.FromUtc(2027, 3, 2, 17, 45);
    time.SetUtcNow((due - Duration.FromMinutes(1)).ToDateTimeOffset());
    using var host = BuildHost(time, sender, scheduling: true);
    await host.StartAsync();
    var start = Stopwatch.GetTimestamp();
    time.SetUtcNow(due.ToDateTimeOffset());
    var finished = await Task.WhenAny(sender.AllDelivered.Task, Task.Delay(TimeSpan.FromMinutes(2)));
    var elapsed = Stopwatch.GetElapsedTime(start, sender.LastDeliveryTicks);
    Console.WriteLine($"burst: {sender.Delivered:N0}/{reminders:N0} reminders delivered, {sender.Duplicates} duplicates, last one {elapsed.TotalSeconds:F2} s after falling due{(finished == sender.AllDelivered.Task ? string.Empty : " (TIMED OUT)")}");

    // Fifteen minutes later every meeting starts at once: each series plans its next occurrence.
    var processor = host.Services.GetRequiredService<ScheduledWorkProcessor>();
    time.SetUtcNow((due + Duration.FromMinutes(15)).ToDateTimeOffset());
    var planning = Stopwatch.StartNew();
    await processor.ProcessDueAsync(CancellationToken.None);
    planning.Stop();
    var (_, _, planned) = await Seeder.CountAsync(host.Services);
    await host.StopAsync();
    Console.WriteLine($"burst: {reminders:N0} meetings starting at once, next occurrences planned ({planned:N0} rows) in {planning.Elapsed.TotalSeconds:F2} s");
    return sender.Delivered == reminders && sender.Duplicates == 0 && planned == reminders * 2 ? 0 : 1;
}

IHost BuildHost(SimulatedTimeProvider time, IChatSender sender, bool scheduling)
{
    var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Database:ConnectionString"] = connection });
    builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
    builder.Services.AddSingleton<TimeProvider>(time);
    builder.Services.AddStudyBotPersistence(builder.Configuration);
    builder.Services.AddStudyBotApplication();
    if (scheduling)
    {
        builder.Services.AddStudyBotScheduling(builder.Configuration, time);
    }

    builder.Services.AddSingleton(sender);
    return builder.Build();
}
