using StudyBot.Discord.Gateway;
using StudyBot.Discord.Tests.Fakes;

namespace StudyBot.Discord.Tests.Rest;

public sealed class IdentifyGateTests
{
    [Fact]
    public async Task MaxConcurrency_LetsOneIdentifyPerBucketEveryFiveSeconds()
    {
        var time = new SignalingTimeProvider();
        var gate = new IdentifyGate(time);
        gate.Configure(maxConcurrency: 2, remaining: 100, resetAfter: TimeSpan.FromHours(1));

        Assert.Equal(TimeSpan.Zero, await gate.WaitAsync(0, CancellationToken.None));
        Assert.Equal(TimeSpan.Zero, await gate.WaitAsync(1, CancellationToken.None));
        var third = gate.WaitAsync(2, CancellationToken.None);
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(TimeSpan.FromSeconds(5), await third.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task ExhaustedDailyLimit_WaitsForItsReset()
    {
        var time = new SignalingTimeProvider();
        var gate = new IdentifyGate(time);
        gate.Configure(maxConcurrency: 1, remaining: 0, resetAfter: TimeSpan.FromMinutes(30));

        var waiting = gate.WaitAsync(0, CancellationToken.None);
        await time.WaitForTimerAsync(TimeSpan.FromMinutes(30));
        time.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(TimeSpan.FromMinutes(30), await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
