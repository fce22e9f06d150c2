using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace StudyBot.Discord.Tests.Fakes;

/// <summary>
/// A fake clock that tells the test when code under test starts waiting on it, so the test can
/// advance time exactly then instead of sleeping or racing the timer's creation.
/// </summary>
public sealed class SignalingTimeProvider : FakeTimeProvider
{
    private readonly ConcurrentQueue<(TimeSpan Due, TaskCompletionSource Signal)> _waiters = new();
    private readonly ConcurrentQueue<TimeSpan> _created = new();

    public SignalingTimeProvider()
        : base(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _created.Enqueue(dueTime);
        foreach (var waiter in _waiters)
        {
            if (Matches(dueTime, waiter.Due))
            {
                waiter.Signal.TrySetResult();
            }
        }

        return timer;
    }

    /// <summary>Completes once a timer with this due time (to the millisecond) exists.</summary>
    public async Task WaitForTimerAsync(TimeSpan due, TimeSpan? timeout = null)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Enqueue((due, signal));
        if (_created.Any(d => Matches(d, due)))
        {
            signal.TrySetResult();
        }

        await signal.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
    }

    /// <summary>Forgets timers seen so far, so the next wait sees only new ones.</summary>
    public void ForgetTimers() => _created.Clear();

    private static bool Matches(TimeSpan actual, TimeSpan wanted) => Math.Abs((actual - wanted).TotalMilliseconds) < 1;
}
