using StudyBot.Commands.Tests.Support;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Routing;

/// <summary>The router runs each command in one transaction: a refusal or a crash leaves nothing half-stored.</summary>
public sealed class TransactionTests : IDisposable
{
    private readonly CommandHarness _harness = new(s => s.AddCommand<CrashCommand>());

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task HandlerThatCrashesAfterSaving_RepliesPolitelyAndRollsBack()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/probe crash", "you");

        Assert.StartsWith("Something went wrong on StudyBot's side; nothing was changed.", reply.Text, StringComparison.Ordinal);
        Assert.Equal(new StoreCounts(0, 0, 0, 0), await StoreCounts.ReadAsync(_harness));
    }

    [Fact]
    public async Task RefusalAfterTheWorkspaceWasSaved_RollsTheWorkspaceBackToo()
    {
        // group create saves the workspace before it checks the zone; the refusal must undo that.
        await Refusal.AssertRefusedAsync(_harness, "/group create name:\"Algo Club\" timezone:Mars/Olympus", "you");

        Assert.Equal(new StoreCounts(0, 0, 0, 0), await StoreCounts.ReadAsync(_harness));
    }
}
