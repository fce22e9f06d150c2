namespace StudyBot.Scheduling.Clock;

/// <summary>An <see cref="ITimer"/> driven by a <see cref="SimulatedTimeProvider"/>'s clock.</summary>
/// <remarks>
/// Its scheduling state is guarded by the provider's lock rather than one of its own, so that a firing, a
/// <see cref="Change"/> and a <see cref="Dispose"/> racing on different threads see one consistent order.
/// While scheduled, the provider's queue references the timer, which keeps it alive as a real timer is kept.
/// </remarks>
internal sealed class SimulatedTimer : ITimer
{
    // The same ceiling as System.Threading.Timer, so that code which would throw on the real clock throws here too.
    private const double MaxSupportedMilliseconds = 0xfffffffe;

    private static readonly ContextCallback s_runCallback = static state => ((SimulatedTimer)state!).RunCallback();

    private readonly SimulatedTimeProvider _provider;
    private readonly TimerCallback _callback;
    private readonly object? _state;
    private readonly ExecutionContext? _context;
    private TaskCompletionSource? _callbacksDrained;

    internal SimulatedTimer(SimulatedTimeProvider provider, TimerCallback callback, object? state)
    {
        _provider = provider;
        _callback = callback;
        _state = state;

        // TimeProvider.CreateTimer's contract: the callback runs in the creator's context unless flow is
        // suppressed (as Task.Delay and CancellationTokenSource do, making this null).
        _context = ExecutionContext.Capture();
    }

    /// <summary>Gets the order timers fire in: by due time, then by when they were scheduled.</summary>
    internal static IComparer<SimulatedTimer> DueOrder { get; } = Comparer<SimulatedTimer>.Create(
        static (x, y) => x.DueTicks != y.DueTicks ? x.DueTicks.CompareTo(y.DueTicks) : x.Sequence.CompareTo(y.Sequence));

    // The members below are guarded by the provider's Gate; DueTicks and Sequence are the sorted queue's key,
    // so they change only while the timer is out of the queue.
    internal long DueTicks { get; set; }

    internal long Sequence { get; set; }

    internal long PeriodTicks { get; set; }

    internal bool IsScheduled { get; set; }

    internal bool IsDisposed { get; private set; }

    internal int CallbacksRunning { get; set; }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">A value is negative (other than infinite) or above 4294967294 ms.</exception>
    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        ValidateTimeout(dueTime, nameof(dueTime));
        ValidateTimeout(period, nameof(period));
        lock (_provider.Gate)
        {
            if (IsDisposed)
            {
                return false;
            }

            _provider.Unschedule(this);
            PeriodTicks = period == Timeout.InfiniteTimeSpan ? 0 : period.Ticks;
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                _provider.Enqueue(this, dueTime.Ticks);
            }
        }

        if (dueTime == TimeSpan.Zero)
        {
            // Not fired here: the caller may hold locks the callback takes, or not yet hold this timer.
            _provider.FireDueTimersSoon();
        }

        return true;
    }

    /// <summary>Stops the timer; a callback already running is not waited for.</summary>
    public void Dispose() => Retire(waitForCallbacks: false);

    /// <summary>Stops the timer; the returned task completes once no callback of this timer is still running.</summary>
    /// <returns>A task that completes when in-flight callbacks have returned, as with <see cref="Timer.DisposeAsync"/>.</returns>
    public ValueTask DisposeAsync() => new(Retire(waitForCallbacks: true));

    /// <summary>Runs the callback once; the provider has already counted it as running.</summary>
    internal void InvokeCallback()
    {
        try
        {
            if (_context is null)
            {
                RunCallback();
            }
            else
            {
                ExecutionContext.Run(_context, s_runCallback, this);
            }
        }
        finally
        {
            OnCallbackReturned();
        }
    }

    private static void ValidateTimeout(TimeSpan value, string paramName)
    {
        if (value != Timeout.InfiniteTimeSpan && (value < TimeSpan.Zero || value.TotalMilliseconds > MaxSupportedMilliseconds))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Must be Timeout.InfiniteTimeSpan, or from zero to 4294967294 milliseconds.");
        }
    }

    private void RunCallback() => _callback(_state);

    private Task Retire(bool waitForCallbacks)
    {
        lock (_provider.Gate)
        {
            IsDisposed = true;
            _provider.Unschedule(this);
            if (!waitForCallbacks || CallbacksRunning == 0)
            {
                return Task.CompletedTask;
            }

            // Asynchronous continuations: the last callback completes this while holding no lock, and its
            // thread (possibly an advancing one) should not run the disposer's continuation inline.
            return (_callbacksDrained ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }

    private void OnCallbackReturned()
    {
        TaskCompletionSource? drained;
        lock (_provider.Gate)
        {
            if (--CallbacksRunning > 0)
            {
                return;
            }

            drained = _callbacksDrained;
            _callbacksDrained = null;
        }

        drained?.TrySetResult();
    }
}
