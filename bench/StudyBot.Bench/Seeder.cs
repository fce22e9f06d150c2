using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using StudyBot.Application.Meetings;
using StudyBot.Core;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Persistence;

namespace StudyBot.Bench;

/// <summary>
/// Creates groups with a weekly meeting each through the same domain code and planner the commands use,
/// a thousand per transaction, so the numbers show what the store and planner cost.
/// </summary>
internal static class Seeder
{
    public static async Task SeedAsync(IServiceProvider services, int groups, LocalDateTime firstStart, IReadOnlyList<Duration> offsets, Instant now, int batchSize = 200)
    {
        long workspaceId;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StudyBotDbContext>();
            var workspace = new Workspace(Platform.Console, "bench");
            db.Workspaces.Add(workspace);
            await db.SaveChangesAsync();
            workspaceId = workspace.Id;
        }

        var recurrence = Recurrence.Weekly(firstStart.DayOfWeek).ToStorage();
        var zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        for (var start = 0; start < groups; start += batchSize)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<StudyBotDbContext>();
            var planner = scope.ServiceProvider.GetRequiredService<MeetingPlanner>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var batch = Enumerable.Range(start, Math.Min(batchSize, groups - start))
                .Select(i => Group.Create(workspaceId, $"Group {i:000000}", "general", "Europe/Berlin", "organizer", "organizer", now).Value!)
                .ToList();
            db.Groups.AddRange(batch);
            await db.SaveChangesAsync();
            var series = batch.Select(g => new MeetingSeries(g.Id, "Weekly review", firstStart, recurrence, 60, MeetingSeries.FormatOffsets(offsets), "organizer", now)).ToList();
            db.MeetingSeries.AddRange(series);
            await db.SaveChangesAsync();
            foreach (var one in series)
            {
                await planner.ReplanAsync(one, zone, now, CancellationToken.None);
            }

            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
    }

    public static async Task<(int Groups, int Series, int Planned)> CountAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StudyBotDbContext>();
        return (await db.Groups.CountAsync(), await db.MeetingSeries.CountAsync(), await db.ScheduledWork.CountAsync());
    }
}
