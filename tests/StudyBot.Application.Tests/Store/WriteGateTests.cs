using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Core;
using StudyBot.Core.Groups;
using StudyBot.Persistence;
using StudyBot.Persistence.Writes;
using StudyBot.Testing;

namespace StudyBot.Application.Tests.Store;

/// <summary>
/// Writers take turns at the gate, waiting without a thread, so SQLite never sees two writers of this process and
/// never busy-waits; readers pass beside them; a turn always comes back, however the writer ended.
/// </summary>
public sealed class WriteGateTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);
    private readonly TestDatabase _database = new();
    private readonly ServiceProvider _services;

    public WriteGateTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            // A one-second busy timeout: were a second writer to reach SQLite while the first holds the lock, it would fail.
            ["Database:ConnectionString"] = _database.ConnectionString + ";Default Timeout=1",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddStudyBotPersistence(configuration).BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task ASecondWriter_WaitsAtTheGateWhileTheFirstHoldsItsTransaction_ThenSaves()
    {
        var gate = _services.GetRequiredService<WriteGate>();
        await using var first = _services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<StudyBotDbContext>();
        await using var transaction = await firstDb.Database.BeginTransactionAsync();
        firstDb.Workspaces.Add(new Workspace(Platform.Discord, "G1"));
        await firstDb.SaveChangesAsync();

        await using var second = _services.CreateAsyncScope();
        var secondDb = second.ServiceProvider.GetRequiredService<StudyBotDbContext>();
        secondDb.Workspaces.Add(new Workspace(Platform.Discord, "G2"));
        var saving = secondDb.SaveChangesAsync();
        await WaitUntilAsync(() => gate.Queued == 2);
        Assert.False(saving.IsCompleted);

        await transaction.CommitAsync();

        Assert.Equal(1, await saving.WaitAsync(Guard));
        Assert.Equal(0, gate.Queued);
        Assert.Equal(["G1", "G2"], await ReadWorkspacesAsync());
    }

    [Fact]
    public async Task AReader_IsNotHeldUpByAWriterHoldingItsTurn()
    {
        await using var writer = _services.CreateAsyncScope();
        var writerDb = writer.ServiceProvider.GetRequiredService<StudyBotDbContext>();
        await using var transaction = await writerDb.Database.BeginTransactionAsync();
        writerDb.Workspaces.Add(new Workspace(Platform.Discord, "G1"));
        await writerDb.SaveChangesAsync();

        Assert.Empty(await ReadWorkspacesAsync().WaitAsync(Guard));   // the uncommitted row is not seen, and nothing waited
        await transaction.RollbackAsync();
    }

    [Fact]
    public async Task ATransactionDisposedWithoutCommitOrRollback_GivesItsTurnBack()
    {
        var gate = _services.GetRequiredService<WriteGate>();
        await using (var abandoned = _services.CreateAsyncScope())
        {
            var db = abandoned.ServiceProvider.GetRequiredService<StudyBotDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Workspaces.Add(new Workspace(Platform.Discord, "lost"));
            await db.SaveChangesAsync();
            Assert.Equal(1, gate.Queued);
        }

        Assert.Equal(0, gate.Queued);
        await using var next = _services.CreateAsyncScope();
        var nextDb = next.ServiceProvider.GetRequiredService<StudyBotDbContext>();
        nextDb.Workspaces.Add(new Workspace(Platform.Discord, "G2"));
        await nextDb.SaveChangesAsync().WaitAsync(Guard);
        Assert.Equal(["G2"], await ReadWorkspacesAsync());
    }

    [Fact]
    public async Task AFailedSave_GivesItsTurnBack()
    {
        var gate = _services.GetRequiredService<WriteGate>();
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StudyBotDbContext>();
            db.Workspaces.Add(new Workspace(Platform.Discord, "G1"));
            db.Workspaces.Add(new Workspace(Platform.Discord, "G1"));   // the unique index refuses the pair
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        Assert.Equal(0, gate.Queued);
    }

    [Fact]
    public async Task AWriterWaitingPastItsPatience_IsToldTheStoreIsBusy_AndTheGateStillWorks()
    {
        var time = new FakeTimeProvider();
        using var gate = new WriteGate(time, TimeSpan.FromSeconds(30));
        var holding = await gate.EnterAsync(CancellationToken.None);
        var waiting = gate.EnterAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        var timedOut = await Assert.ThrowsAsync<WriteGateTimeoutException>(() => waiting);
        Assert.Equal(StoreFailure.Busy, StoreFailures.Classify(timedOut));
        Assert.Equal(1, gate.Queued);
        holding.Dispose();
        holding.Dispose();   // ending a turn twice lets nobody extra in
        using var next = await gate.EnterAsync(CancellationToken.None);
        Assert.False(gate.EnterAsync(CancellationToken.None).IsCompleted);
    }

    private async Task<List<string>> ReadWorkspacesAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StudyBotDbContext>();
        return await db.Workspaces.OrderBy(w => w.ExternalId).Select(w => w.ExternalId).ToListAsync();
    }

    // Polls a condition another task will make true; yields rather than sleeping.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow + Guard;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "condition not reached");
            await Task.Yield();
        }
    }
}
