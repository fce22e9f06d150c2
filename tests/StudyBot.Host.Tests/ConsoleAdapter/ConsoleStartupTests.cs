using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Quartz;
using StudyBot.Host.ConsoleAdapter;
using StudyBot.Testing;

namespace StudyBot.Host.Tests.ConsoleAdapter;

/// <summary>
/// <c>--console</c> next to Discord or Slack with nobody typing: the console waits for a line the way a terminal
/// does (the read blocks its thread), and the rest of StudyBot must start regardless.
/// </summary>
public sealed class ConsoleStartupTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task IdleConsoleInput_DoesNotHoldUpStartUp_TheSchedulerRuns()
    {
        using var idle = new BlockingInput();
        using var host = StudyBotHost.Build(
            [],
            console: new ConsoleOutput(idle, TextWriter.Null, interactive: false),
            configure: c => c.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:ConnectionString"] = _database.ConnectionString,
                ["Logging:LogLevel:Default"] = "Warning",
            }));

        // The bug this guards against: the console's first read ran inside the host's "started" callback and never
        // returned, so StartAsync hung and Quartz (started from that same callback) never ran. Whether it bit
        // depended on which thread got where first; the fault drill (bench/StudyBot.FaultDrill) reproduced it every
        // time through the real program, and this test fails for any start-up path that reads input in line.
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var schedulerStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var listener = new Mock<ISchedulerListener>();
        listener.Setup(l => l.Name).Returns("scheduler-started-signal");
        listener.Setup(l => l.SchedulerStarted(It.IsAny<IScheduler>(), It.IsAny<CancellationToken>()))
            .Callback(() => schedulerStarted.TrySetResult())
            .Returns(ValueTask.CompletedTask);
        scheduler.ListenerManager.AddSchedulerListener(listener.Object);

        await host.StartAsync().WaitAsync(Guard);

        // Quartz starts its scheduler on a task of its own once the host has started, so wait for its signal.
        await schedulerStarted.Task.WaitAsync(Guard);
        Assert.True(await idle.Reading.WaitAsync(Guard), "the console never started reading");
        Assert.Equal(SchedulerStatus.Running, scheduler.Status);

        idle.EndOfInput();
        await host.StopAsync().WaitAsync(Guard);
    }

    /// <summary>Standard input as a terminal gives it: a read that blocks the calling thread until a line comes.</summary>
    private sealed class BlockingInput : TextReader
    {
        private readonly ManualResetEventSlim _ended = new();

        public SemaphoreSlim Reading { get; } = new(0);

        public void EndOfInput() => _ended.Set();

        public override string? ReadLine()
        {
            Reading.Release();
            _ended.Wait();
            return null;
        }

        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => ValueTask.FromResult(ReadLine());

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _ended.Set();
                _ended.Dispose();
                Reading.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
