using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using StudyBot.Application.Work;
using StudyBot.Core.Work;
using StudyBot.Persistence;
using StudyBot.Testing;

namespace StudyBot.Application.Tests.Work;

/// <summary>Replacing an owner's planned work: what stays, what goes, what never comes back.</summary>
public sealed class WorkPlannerTests : IDisposable
{
    private static readonly Instant Now = Instant.FromUtc(2027, 3, 1, 12, 0);
    private static readonly WorkOwner Owner = new("test", 7);
    private readonly TestDatabase _database = new();
    private readonly ServiceProvider _services;

    public WorkPlannerTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:ConnectionString"] = _database.ConnectionString }).Build();
        _services = new ServiceCollection().AddLogging().AddStudyBotPersistence(configuration).AddStudyBotApplication().BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task Replace_KeepsWorkStillWanted_AddsTheNew_RemovesTheRest_AndLeavesOtherKindsAlone()
    {
        await ReplaceAsync("a", ["k1", "k2"]);
        await ReplaceAsync("b", ["other"]);
        var before = await RowsAsync();

        await ReplaceAsync("a", ["k2", "k3"]);

        var after = await RowsAsync();
        Assert.Equal(["k2", "k3", "other"], after.Select(w => w.Key).Order());
        Assert.Equal(before.Single(w => w.Key == "k2").Id, after.Single(w => w.Key == "k2").Id);
    }

    [Fact]
    public async Task Replace_TwiceInOneUnitOfWork_BeforeSaving_StoresTheSecondPlanOnce()
    {
        await using var scope = _services.CreateAsyncScope();
        var planner = scope.ServiceProvider.GetRequiredService<WorkPlanner>();

        await planner.ReplaceAsync(Owner, ["a"], [Item("a", "k1"), Item("a", "k2")], Now, CancellationToken.None);
        await planner.ReplaceAsync(Owner, ["a"], [Item("a", "k2"), Item("a", "k3")], Now, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<StudyBotDbContext>().SaveChangesAsync();

        Assert.Equal(["k2", "k3"], (await RowsAsync()).Select(w => w.Key).Order());
    }

    [Fact]
    public async Task WorkThatFailedForGood_KeepsItsKey_AndIsNotPlannedAgain()
    {
        await ReplaceAsync("a", ["k1"]);
        await using (var db = _database.CreateContext())
        {
            (await db.ScheduledWork.SingleAsync()).Failed(Now, "boom", giveUp: true);
            await db.SaveChangesAsync();
        }

        await ReplaceAsync("a", ["k1", "k2"]);

        var rows = await RowsAsync();
        Assert.Equal([("k1", ScheduledWorkStatus.Failed), ("k2", ScheduledWorkStatus.Pending)], rows.OrderBy(w => w.Key).Select(w => (w.Key, w.Status)));
    }

    private static PlannedWork Item(string kind, string key) => new(kind, key, Now + Duration.FromHours(1), "{}");

    private async Task ReplaceAsync(string kind, string[] keys)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkPlanner>().ReplaceAsync(Owner, [kind], keys.Select(k => Item(kind, k)), Now, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<StudyBotDbContext>().SaveChangesAsync();
    }

    private async Task<List<ScheduledWork>> RowsAsync()
    {
        await using var db = _database.CreateContext();
        return await db.ScheduledWork.OrderBy(w => w.Id).ToListAsync();
    }
}
