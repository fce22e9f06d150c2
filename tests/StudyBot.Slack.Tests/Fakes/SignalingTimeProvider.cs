using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace StudyBot.Slack.Tests.Fakes;

/// <summary>
/// The fake clock, plus a signal whenever code starts waiting on it, so a test can advance time exactly when
/// something waits (a Retry-After, the inline-reply budget) instead of sleeping.
/// </summary>
public sealed class SignalingTimeProvider(FakeTimeProvider fake) : TimeProvider
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public FakeTimeProvider Fake { get; } = fake;

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Fake.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Forgets the waits started so far, so the next <see cref="WaitForTimerAsync"/> sees only new ones.</summary>
    public void ForgetTimers()
    {
        while (_timers.Reader.TryRead(out _))
        {
        }
    }

    /// <summary>Waits until someone waits for exactly <paramref name="due"/> (a real-time guard fails a hung test).</summary>
    public async Task WaitForTimerAsync(TimeSpan due)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (await _timers.Reader.ReadAsync(guard.Token) != due)
        {
        }
    }

    /// <summary>Waits until someone waits for at least <paramref name="atLeast"/>; returns the wait.</summary>
    public async Task<TimeSpan> WaitForTimerAtLeastAsync(TimeSpan atLeast)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var due = await _timers.Reader.ReadAsync(guard.Token);
            if (due >= atLeast && due != Timeout.InfiniteTimeSpan)
            {
                return due;
            }
        }
    }
}
