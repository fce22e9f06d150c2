using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using StudyBot.Application;
using StudyBot.Application.Work;
using StudyBot.Core.Work;
using StudyBot.Persistence;

namespace StudyBot.Scheduling.Tests.Work;

/// <summary>Plans work the way a feature does: in a unit of work that commits, then wakes the scheduler.</summary>
internal static class WorkPlanning
{
    public static async Task PlanAsync(SchedulingHost host, params (string Kind, string Key, Instant DueAt, EchoPayload Payload)[] items)
    {
        await using var scope = host.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StudyBotDbContext>();
        var planner = scope.ServiceProvider.GetRequiredService<WorkPlanner>();
        var now = Instant.FromDateTimeOffset(host.Time.GetUtcNow());
        foreach (var (kind, key, dueAt, payload) in items)
        {
            Assert.True(await planner.PlanAsync(new WorkOwner("test", 1), new PlannedWork(kind, key, dueAt, WorkPayload.Serialize(payload)), now, CancellationToken.None));
        }

        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<AfterCommit>().Run();
    }
}
