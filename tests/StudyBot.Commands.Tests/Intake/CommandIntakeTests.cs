using Microsoft.Extensions.Time.Testing;
using StudyBot.Commands.Intake;

namespace StudyBot.Commands.Tests.Intake;

/// <summary>The shared intake: a bounded number of commands run at once, the rest wait in turn, none is dropped, and the answer deadline counts from arrival.</summary>
public sealed class CommandIntakeTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new();
    private readonly CommandIntake _intake;

    public CommandIntakeTests() => _intake = new CommandIntake(new CommandsOptions { MaxConcurrentCommands = 2 }, _time);

    public void Dispose() => _intake.Dispose();

    [Fact]
    public async Task BeyondTheCap_CommandsWaitTheirTurn_AndEveryOneRuns()
    {
        var release = new TaskCompletionSource();
        var running = 0;
        var most = 0;
        var done = new List<int>();
        var tasks = Enumerable.Range(0, 10).Select(i => _intake.RunAsync(
            async _ =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref most, now);
                await release.Task;
                Interlocked.Decrement(ref running);
                lock (done)
                {
                    done.Add(i);
                }

                return i;
            },
            CancellationToken.None)).ToList();

        await WaitUntilAsync(() => _intake.Waiting == 8 && Volatile.Read(ref running) == 2);
        release.SetResult();

        Assert.Equal(Enumerable.Range(0, 10), await Task.WhenAll(tasks).WaitAsync(Guard));
        Assert.Equal(2, most);
        Assert.Equal(0, _intake.Waiting);
        Assert.Equal(10, done.Count);
    }

    [Fact]
    public async Task TheDeadline_CountsFromArrival_NotFromWhenTheWaitBegins()
    {
        var receipt = _intake.Receive();
        _time.Advance(TimeSpan.FromMilliseconds(1500));   // queued behind others meanwhile
        var never = new TaskCompletionSource<string>();

        var waiting = _intake.WithinAsync(never.Task, receipt, TimeSpan.FromSeconds(2), CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(waiting.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Null(await waiting.WaitAsync(Guard));
    }

    [Fact]
    public async Task ACommandWhoseDeadlineHasPassedInTheQueue_IsDeferredAtOnce()
    {
        var receipt = _intake.Receive();
        _time.Advance(TimeSpan.FromSeconds(3));

        Assert.Null(await _intake.WithinAsync(new TaskCompletionSource<string>().Task, receipt, TimeSpan.FromSeconds(2), CancellationToken.None).WaitAsync(Guard));
    }

    [Fact]
    public async Task AnAnswerInTime_IsReturned()
    {
        var receipt = _intake.Receive();
        var answer = new TaskCompletionSource<string>();
        var waiting = _intake.WithinAsync(answer.Task, receipt, TimeSpan.FromSeconds(2), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        answer.SetResult("done");

        Assert.Equal("done", await waiting.WaitAsync(Guard));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

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
