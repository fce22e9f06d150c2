using System.Diagnostics;

namespace StudyBot.Scheduling.Clock;

/// <summary>
/// A <see cref="TimeProvider"/> whose clock moves only when told to, so the bot can run in production
/// against simulated time (the console's <c>--simulated-clock</c> mode).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Advance"/> and <see cref="SetUtcNow"/> first move the clock to the target, then fire every timer due
/// by then, in due-time order (ties in scheduling order), <b>synchronously on the calling thread</b>, before
/// returning. Callbacks see the target time, as a real timer that fires late sees the real now; so a loop that
/// waits, wakes and waits again (a scheduler's idle wait) wakes once per jump rather than once per period, and a
/// periodic timer fires once per jump, then every period from the target. <c>Task.Delay</c>, <c>Task.WaitAsync</c>
/// and <c>CancellationTokenSource</c> thus complete or cancel inside that call; await continuations they resume
/// run inline there only if the thread has no <see cref="SynchronizationContext"/>.
/// </para>
/// <para>
/// A timer given a zero due time fires on the thread pool (or in an advance that gets to it first, once), never
/// inside <c>CreateTimer</c>/<c>Change</c>, so it cannot run before its creator holds it or under its locks.
/// </para>
/// <para>
/// Thread-safe. Callbacks run outside the provider's lock and may read the time, create, change or dispose
/// timers, or advance further. If callbacks throw during an advance, the rest still fire, then their exceptions
/// are rethrown in an <see cref="AggregateException"/>; one thrown on the thread pool is unhandled, as with
/// <see cref="TimeProvider.System"/>.
/// </para>
/// </remarks>
public sealed class SimulatedTimeProvider : TimeProvider
{
    private static readonly long s_maxTicks = DateTimeOffset.MaxValue.UtcTicks;

    private readonly SortedSet<SimulatedTimer> _queue = new(SimulatedTimer.DueOrder);

    // Written only under Gate, but read without it so that reading the clock never waits for an advance.
    private long _nowTicks;

    // Breaks due-time ties by scheduling order, and keeps a timer's key unique within the sorted set.
    private long _lastSequence;

    /// <summary>Initializes a new instance of the <see cref="SimulatedTimeProvider"/> class.</summary>
    /// <param name="start">The simulated time to start at; only its UTC instant matters.</param>
    public SimulatedTimeProvider(DateTimeOffset start) => _nowTicks = start.UtcTicks;

    /// <summary>Gets UTC: a simulated clock should not pick up the host machine's zone.</summary>
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Gets <see cref="TimeSpan.TicksPerSecond"/>: timestamps are ticks of simulated time.</summary>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    // Timers keep their own state under the provider's lock so that scheduling, firing and disposal agree.
    internal Lock Gate { get; } = new();

    /// <summary>Gets the current simulated time, with a zero offset.</summary>
    /// <returns>The simulated now.</returns>
    public override DateTimeOffset GetUtcNow() => new(Volatile.Read(ref _nowTicks), TimeSpan.Zero);

    /// <summary>Gets the simulated time in ticks, so <see cref="TimeProvider.GetElapsedTime(long)"/> measures simulated time.</summary>
    /// <returns>The current timestamp.</returns>
    public override long GetTimestamp() => Volatile.Read(ref _nowTicks);

    /// <summary>Moves the clock forward to <paramref name="value"/>, firing every timer due on the way.</summary>
    /// <param name="value">The new simulated time.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is earlier than the current time.</exception>
    /// <exception cref="AggregateException">One or more timer callbacks threw; all due timers still fired.</exception>
    public void SetUtcNow(DateTimeOffset value)
    {
        lock (Gate)
        {
            if (value.UtcTicks < _nowTicks)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"Simulated time cannot go back; it is already {GetUtcNow():O}.");
            }
        }

        FireDueTimers(value.UtcTicks);
    }

    /// <summary>Moves the clock forward by <paramref name="delta"/>, firing every timer due on the way.</summary>
    /// <param name="delta">How far to move; zero fires only what is already due.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delta"/> is negative or overflows the calendar.</exception>
    /// <exception cref="AggregateException">One or more timer callbacks threw; all due timers still fired.</exception>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        long target;
        lock (Gate)
        {
            // Taken under the lock so that a concurrent advance cannot make this one start from a stale now.
            ArgumentOutOfRangeException.ThrowIfGreaterThan(delta.Ticks, s_maxTicks - _nowTicks, nameof(delta));
            target = _nowTicks + delta.Ticks;
        }

        FireDueTimers(target);
    }

    /// <summary>Creates a timer driven by simulated time.</summary>
    /// <param name="callback">Invoked each time the timer fires, in the execution context captured here unless flow is suppressed.</param>
    /// <param name="state">Passed to <paramref name="callback"/>.</param>
    /// <param name="dueTime">Simulated time until the first firing; <see cref="Timeout.InfiniteTimeSpan"/> for never; zero fires on the thread pool.</param>
    /// <param name="period">Simulated time between firings; <see cref="Timeout.InfiniteTimeSpan"/> or zero for a one-shot timer.</param>
    /// <returns>The timer, which stays scheduled until it is disposed or has fired for the last time.</returns>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new SimulatedTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Queues <paramref name="timer"/> to fire <paramref name="delayTicks"/> after <paramref name="fromTicks"/> (default: now). The caller holds <see cref="Gate"/>.</summary>
    internal void Enqueue(SimulatedTimer timer, long delayTicks, long? fromTicks = null)
    {
        Debug.Assert(Gate.IsHeldByCurrentThread && !timer.IsScheduled, "Only an unscheduled timer is queued, under the lock.");
        long from = fromTicks ?? _nowTicks;

        // A due time past the end of the calendar can never be reached, so such a timer simply never fires.
        if (delayTicks <= s_maxTicks - from)
        {
            timer.DueTicks = from + delayTicks;
            timer.Sequence = ++_lastSequence;
            timer.IsScheduled = _queue.Add(timer);
        }
    }

    /// <summary>Takes <paramref name="timer"/> out of the queue, if it is in it. The caller holds <see cref="Gate"/>.</summary>
    internal void Unschedule(SimulatedTimer timer)
    {
        Debug.Assert(Gate.IsHeldByCurrentThread, "Timer state is guarded by the provider's lock.");
        if (timer.IsScheduled)
        {
            _queue.Remove(timer);
            timer.IsScheduled = false;
        }
    }

    /// <summary>Fires, on the thread pool, whatever is due at the current time (a timer just given a zero due time).</summary>
    internal void FireDueTimersSoon() =>
        // Unsafe: each timer carries its own captured context, so the work item must not flow the caller's.
        ThreadPool.UnsafeQueueUserWorkItem(static provider => provider.FireDueTimers(limitTicks: null), this, preferLocal: false);

    /// <summary>Fires due timers one at a time up to <paramref name="limitTicks"/> (null: up to now, leaving the clock alone).</summary>
    private void FireDueTimers(long? limitTicks)
    {
        if (limitTicks is { } target)
        {
            lock (Gate)
            {
                // Max, not assignment: with concurrent advances the clock must still only move forward.
                Volatile.Write(ref _nowTicks, Math.Max(_nowTicks, target));
            }
        }

        // A callback run without a captured context runs in ours; restoring it keeps its AsyncLocal writes from leaking to the caller.
        ExecutionContext? callerContext = ExecutionContext.Capture();
        List<Exception>? failures = null;
        while (TakeNextDue(limitTicks) is { } timer)
        {
            try
            {
                timer.InvokeCallback();
            }
            catch (Exception ex)
            {
                // One failing callback must not strand the rest of the jump; all are rethrown together below.
                (failures ??= []).Add(ex);
            }
            finally
            {
                if (callerContext is not null)
                {
                    ExecutionContext.Restore(callerContext);
                }
            }
        }

        if (failures is not null)
        {
            throw new AggregateException(failures);
        }
    }

    private SimulatedTimer? TakeNextDue(long? limitTicks)
    {
        lock (Gate)
        {
            long limit = limitTicks ?? _nowTicks;
            SimulatedTimer? next = _queue.Min;
            if (next is null || next.DueTicks > limit)
            {
                return null;
            }

            Unschedule(next);

            // Rescheduled before the callback runs, from now (the target), so a long jump yields one firing, as a
            // real timer that could not keep up; a Change made by the callback itself wins over this.
            if (next.PeriodTicks > 0)
            {
                Enqueue(next, next.PeriodTicks);
            }

            next.CallbacksRunning++;
            return next;
        }
    }
}
