using Microsoft.Extensions.Time.Testing;
using StudyBot.Core.Threading;

namespace StudyBot.Core.Tests.Threading;

public sealed class WakeSignalTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly WakeSignal _signal = new();

    [Fact]
    public async Task ANotifyDuringARound_MakesTheNextWaitReturnAtOnce()
    {
        _signal.Reset();
        _signal.Notify();

        var wait = _signal.WaitAsync(TimeSpan.FromMinutes(5), _time, CancellationToken.None);

        Assert.True(wait.IsCompletedSuccessfully);
        await wait;
    }

    [Fact]
    public async Task AfterReset_TheWaitLastsUntilTheNextNotify()
    {
        _signal.Notify();
        _signal.Reset();

        var wait = _signal.WaitAsync(TimeSpan.FromMinutes(5), _time, CancellationToken.None);
        Assert.False(wait.IsCompleted);

        _signal.Notify();
        await wait.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task WithoutANotify_TheWaitEndsWhenTheTimeoutPassesOnTheGivenClock()
    {
        var wait = _signal.WaitAsync(TimeSpan.FromMinutes(5), _time, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(4));
        Assert.False(wait.IsCompleted);

        _time.Advance(TimeSpan.FromMinutes(1));
        await wait.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
