using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using StudyBot.Application;
using StudyBot.Application.Meetings;
using StudyBot.Core;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Work;
using StudyBot.Persistence;

namespace StudyBot.FaultDrill;

/// <summary>A reminder the drill expects: its idempotency key and where it goes.</summary>
internal sealed record ExpectedReminder(string Key, Platform Platform, string Channel, string Title);

/// <summary>
/// One-off meetings whose 15-minute reminders fall due one after another over a window, in groups homed in
/// Discord, Slack and console channels, planned with the same planner the commands use.
/// </summary>
internal static class Seeder
{
    public static async Task<List<ExpectedReminder>> SeedAsync(string connectionString, (Platform Platform, string Workspace, int Channels, int Reminders)[] plan, Instant firstDue, Duration window)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:ConnectionString"] = connectionString }).Build();
        await using var services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning)).AddStudyBotPersistence(configuration).AddStudyBotApplication().BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().PrepareAsync(CancellationToken.None);

        var total = plan.Sum(p => p.Reminders);
        var step = window / total;
        var offset = Duration.FromMinutes(15);
        var now = SystemClock.Instance.GetCurrentInstant();
        var expected = new List<ExpectedReminder>();
        var index = 0;
        foreach (var (platform, workspaceId, channels, reminders) in plan)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<StudyBotDbContext>();
            var planner = scope.ServiceProvider.GetRequiredService<MeetingPlanner>();
            var workspace = new Workspace(platform, workspaceId);
            db.Workspaces.Add(workspace);
            await db.SaveChangesAsync();
            var groups = Enumerable.Range(0, channels)
                .Select(c => Group.Create(workspace.Id, $"{platform} group {c}", ChannelId(platform, c), "UTC", "organizer", "organizer", now).Value!)
                .ToList();
            db.Groups.AddRange(groups);
            await db.SaveChangesAsync();
            for (var r = 0; r < reminders; r++, index++)
            {
                // Interleaved across platforms in time, so every kill lands among all three.
                var due = firstDue + (step * ((index * 7919L) % total));
                var start = (due + offset).InUtc().LocalDateTime;
                var group = groups[r % channels];
                var title = $"Drill {platform} {r}";
                var series = new MeetingSeries(group.Id, title, start, Recurrence.Once.ToStorage(), 60, MeetingSeries.FormatOffsets([offset]), "organizer", now);
                db.MeetingSeries.Add(series);
                await db.SaveChangesAsync();
                await planner.ReplanAsync(series, DateTimeZone.Utc, now, CancellationToken.None);
                expected.Add(new ExpectedReminder(string.Empty, platform, group.HomeChannelId, title) with { Key = $"{series.Id}" });
            }

            await db.SaveChangesAsync();
        }

        // The planner chose the keys; read them back so the drill counts exactly what StudyBot will send.
        await using var read = services.CreateAsyncScope();
        var store = read.ServiceProvider.GetRequiredService<StudyBotDbContext>();
        var keys = await store.ScheduledWork.Where(w => w.Kind == MeetingReminderWork.Kind && w.OwnerType == WorkOwner.SeriesType)
            .ToDictionaryAsync(w => w.OwnerId.ToString(System.Globalization.CultureInfo.InvariantCulture), w => w.Key);
        return expected.Select(e => e with { Key = keys[e.Key] }).ToList();
    }

    private static string ChannelId(Platform platform, int channel) => platform switch
    {
        Platform.Discord => $"90000000000000{channel:0000}",
        Platform.Slack => $"C{channel:000}",
        _ => $"drill-{channel}",
    };
}
