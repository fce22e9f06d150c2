using System.Collections.Concurrent;
using StudyBot.Scheduling.Clock;

namespace StudyBot.Scheduling.Tests.Clock;

public sealed class SimulatedTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    // Only bounds waits for work on other threads (the pool, a blocked callback); never a simulated wait.
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Never = Timeout.InfiniteTimeSpan;

    [Fact]
    public void Now_StartsAtTheGivenInstantInUtc()
    {
        var clock = new SimulatedTimeProvider(new DateTimeOffset(2025, 3, 1, 11, 0, 0, TimeSpan.FromHours(2)));

        Assert.Equal(Start, clock.GetUtcNow());
        Assert.Equal(TimeSpan.Zero, clock.GetUtcNow().Offset);
        Assert.Same(TimeZoneInfo.Utc, clock.LocalTimeZone);
        Assert.Equal(Start, clock.GetLocalNow());
    }

    [Fact]
    public void Now_MovesByExactlyWhatIsAdvancedOrSet()
    {
        var clock = new SimulatedTimeProvider(Start);

        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(Start.AddHours(2), clock.GetUtcNow());

        clock.SetUtcNow(Start.AddDays(1));
        Assert.Equal(Start.AddDays(1), clock.GetUtcNow());

        clock.Advance(TimeSpan.Zero);
        Assert.Equal(Start.AddDays(1), clock.GetUtcNow());
    }

    [Fact]
    public void Now_CannotGoBack()
    {
        var clock = new SimulatedTimeProvider(Start);
        clock.Advance(TimeSpan.FromHours(1));

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.SetUtcNow(Start));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromTicks(-1)));
        Assert.Equal(Start.AddHours(1), clock.GetUtcNow());
    }

    [Fact]
    public void ElapsedTime_IsMeasuredInSimulatedTime()
    {
        var clock = new SimulatedTimeProvider(Start);
        long before = clock.GetTimestamp();

        clock.Advance(TimeSpan.FromMinutes(90));

        Assert.Equal(TimeSpan.FromMinutes(90), clock.GetElapsedTime(before));
        Assert.Equal(TimeSpan.TicksPerSecond, clock.TimestampFrequency);
    }

    [Fact]
    public void OneShotTimer_FiresOnceWhenTimeReachesItsDueTimeAndNotBefore()
    {
        var clock = new SimulatedTimeProvider(Start);
        var firedAt = new List<DateTimeOffset>();
        using ITimer timer = clock.CreateTimer(_ => firedAt.Add(clock.GetUtcNow()), null, TimeSpan.FromMinutes(10), Never);

        clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromTicks(1));
        Assert.Empty(firedAt);

        clock.Advance(TimeSpan.FromHours(5));
        Assert.Equal([Start.AddHours(5).AddMinutes(10).AddTicks(-1)], firedAt);

        clock.Advance(TimeSpan.FromHours(5));
        Assert.Single(firedAt);
    }

    [Fact]
    public void OneShotTimer_WithZeroPeriodFiresOnce()
    {
        var clock = new SimulatedTimeProvider(Start);
        int fired = 0;
        using ITimer timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromMinutes(1), TimeSpan.Zero);

        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(1, fired);
    }

    [Fact]
    public void TimerCallback_ReceivesItsState()
    {
        var clock = new SimulatedTimeProvider(Start);
        object? received = null;
        var state = new object();
        using ITimer timer = clock.CreateTimer(s => received = s, state, TimeSpan.FromSeconds(1), Never);

        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Same(state, received);
    }

    [Fact]
    public void PeriodicTimer_FiresOncePerJump_ThenEveryPeriodFromTheTarget()
    {
        var clock = new SimulatedTimeProvider(Start);
        var firedAt = new List<DateTimeOffset>();
        using ITimer timer = clock.CreateTimer(_ => firedAt.Add(clock.GetUtcNow()), null, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30));

        clock.Advance(TimeSpan.FromMinutes(100));
        Assert.Equal([Start.AddMinutes(100)], firedAt);

        clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Single(firedAt);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal([Start.AddMinutes(100), Start.AddMinutes(130)], firedAt);
    }

    [Fact]
    public void Timers_FireInDueOrderAcrossOneBigJump_TiesInSchedulingOrder()
    {
        var clock = new SimulatedTimeProvider(Start);
        var order = new List<string>();
        ITimer Create(string name, int minutes, int periodMinutes = -1) => clock.CreateTimer(
            _ => order.Add(name),
            null,
            TimeSpan.FromMinutes(minutes),
            periodMinutes < 0 ? Never : TimeSpan.FromMinutes(periodMinutes));

        using ITimer late = Create("late", 90);
        using ITimer early = Create("early", 10);
        using ITimer periodic = Create("periodic", 30, periodMinutes: 30);
        using ITimer tieFirst = Create("tieA", 60);
        using ITimer tieSecond = Create("tieB", 60);
        using ITimer beyond = Create("beyond", 121);

        clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(["early", "periodic", "tieA", "tieB", "late"], order);
    }

    [Fact]
    public void Change_ReschedulesRelativeToNowAndReplacesThePeriod()
    {
        var clock = new SimulatedTimeProvider(Start);
        var firedAt = new List<DateTimeOffset>();
        using ITimer timer = clock.CreateTimer(_ => firedAt.Add(clock.GetUtcNow()), null, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10));
        clock.Advance(TimeSpan.FromMinutes(5));

        Assert.True(timer.Change(TimeSpan.FromMinutes(20), Never));
        clock.Advance(TimeSpan.FromMinutes(19));
        Assert.Empty(firedAt);

        clock.Advance(TimeSpan.FromMinutes(41));
        Assert.Equal([Start.AddHours(1).AddMinutes(5)], firedAt);
    }

    [Fact]
    public void Change_ToInfiniteDueTimeStopsTheTimerUntilChangedAgain()
    {
        var clock = new SimulatedTimeProvider(Start);
        int fired = 0;
        using ITimer timer = clock.CreateTimer(_ => fired++, null, Never, Never);

        clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, fired);

        timer.Change(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        clock.Advance(TimeSpan.FromMinutes(1));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, fired);

        timer.Change(Never, Never);
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(2, fired);
    }

    [Fact]
    public void Change_RejectsValuesTheRealTimerRejects()
    {
        var clock = new SimulatedTimeProvider(Start);
        using ITimer timer = clock.CreateTimer(_ => { }, null, Never, Never);

        Assert.Throws<ArgumentOutOfRangeException>(() => timer.Change(TimeSpan.FromMilliseconds(-2), Never));
        Assert.Throws<ArgumentOutOfRangeException>(() => timer.Change(Never, TimeSpan.FromMilliseconds(-2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => timer.Change(TimeSpan.FromDays(50), Never));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.CreateTimer(_ => { }, null, TimeSpan.FromDays(-1), Never));
    }

    [Fact]
    public void Dispose_StopsTheTimerAndLaterChangesReturnFalse()
    {
        var clock = new SimulatedTimeProvider(Start);
        int fired = 0;
        ITimer timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        clock.Advance(TimeSpan.FromMinutes(1));

        timer.Dispose();
        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(1, fired);
        Assert.False(timer.Change(TimeSpan.FromMinutes(1), Never));
        timer.Dispose();
    }

    [Fact]
    public void Dispose_FromInsideTheCallbackStopsTheTimer()
    {
        var clock = new SimulatedTimeProvider(Start);
        int fired = 0;
        ITimer? timer = null;
        timer = clock.CreateTimer(
            _ =>
            {
                if (++fired == 3)
                {
                    timer!.Dispose();
                }
            },
            null,
            TimeSpan.FromMinutes(1),
            TimeSpan.FromMinutes(1));

        for (var minute = 0; minute < 10; minute++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(3, fired);
    }

    [Fact]
    public async Task DisposeAsync_CompletesOnlyOnceARunningCallbackHasReturned()
    {
        var clock = new SimulatedTimeProvider(Start);
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        ITimer timer = clock.CreateTimer(
            _ =>
            {
                entered.Set();
                release.Wait(Guard);
            },
            null,
            TimeSpan.FromMinutes(1),
            Never);
        Task advancing = Task.Run(() => clock.Advance(TimeSpan.FromMinutes(1)));
        Assert.True(entered.Wait(Guard));

        ValueTask disposing = timer.DisposeAsync();
        Assert.False(disposing.IsCompleted);

        release.Set();
        await disposing.AsTask().WaitAsync(Guard);
        await advancing.WaitAsync(Guard);
    }

    [Fact]
    public async Task DisposeAsync_OfAnIdleTimerCompletesAtOnce()
    {
        var clock = new SimulatedTimeProvider(Start);
        ITimer timer = clock.CreateTimer(_ => { }, null, TimeSpan.FromMinutes(1), Never);

        ValueTask disposing = timer.DisposeAsync();

        Assert.True(disposing.IsCompletedSuccessfully);
        await disposing;
    }

    [Fact]
    public void ZeroDueTimeTimer_FiresOnTheThreadPoolNotInsideCreateTimer()
    {
        var clock = new SimulatedTimeProvider(Start);
        using var fired = new ManualResetEventSlim();
        int firedOnThread = 0;
        int creatingThread = Environment.CurrentManagedThreadId;

        using ITimer timer = clock.CreateTimer(
            _ =>
            {
                firedOnThread = Environment.CurrentManagedThreadId;
                fired.Set();
            },
            null,
            TimeSpan.Zero,
            Never);

        Assert.True(fired.Wait(Guard));
        Assert.NotEqual(creatingThread, firedOnThread);
        Assert.Equal(Start, clock.GetUtcNow());
    }

    [Fact]
    public async Task ZeroDueTimeTimer_FiresOnceWhetherTheThreadPoolOrAnAdvanceGetsToItFirst()
    {
        for (int attempt = 0; attempt < 200; attempt++)
        {
            var clock = new SimulatedTimeProvider(Start);
            int fired = 0;
            ITimer timer = clock.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.Zero, Never);

            // Either this fires it, or the pool has already taken it; DisposeAsync then waits for that callback.
            clock.Advance(TimeSpan.Zero);
            await timer.DisposeAsync().AsTask().WaitAsync(Guard);

            Assert.Equal(1, Volatile.Read(ref fired));
        }
    }

    [Fact]
    public void Callback_SeesTheTargetTime_AndTimersItCreatesCountFromThere()
    {
        var clock = new SimulatedTimeProvider(Start);
        var firedAt = new List<(string Name, DateTimeOffset At)>();
        var children = new List<ITimer>();
        using ITimer parent = clock.CreateTimer(
            _ =>
            {
                firedAt.Add(("parent", clock.GetUtcNow()));

                // A scheduler's idle loop does this: wake, wait again. Counting from the target keeps a long jump
                // from waking it once per wait.
                children.Add(clock.CreateTimer(_ => firedAt.Add(("child", clock.GetUtcNow())), null, TimeSpan.FromMinutes(20), Never));
            },
            null,
            TimeSpan.FromMinutes(30),
            Never);

        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal([("parent", Start.AddHours(1))], firedAt);

        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal([("parent", Start.AddHours(1)), ("child", Start.AddMinutes(80))], firedAt);
        children.ForEach(c => c.Dispose());
    }

    [Fact]
    public void Advance_RunsDueCallbacksSynchronouslyOnTheCallingThreadBeforeReturning()
    {
        var clock = new SimulatedTimeProvider(Start);
        var firedOn = new List<int>();
        using ITimer first = clock.CreateTimer(_ => firedOn.Add(Environment.CurrentManagedThreadId), null, TimeSpan.FromMinutes(1), Never);
        using ITimer second = clock.CreateTimer(_ => firedOn.Add(Environment.CurrentManagedThreadId), null, TimeSpan.FromMinutes(2), Never);

        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal([Environment.CurrentManagedThreadId, Environment.CurrentManagedThreadId], firedOn);
    }

    [Fact]
    public void Callback_RunsOutsideTheProviderLockSoOtherThreadsCanUseTheClockMeanwhile()
    {
        var clock = new SimulatedTimeProvider(Start);
        bool otherThreadGotThrough = false;
        using ITimer timer = clock.CreateTimer(
            _ => otherThreadGotThrough = Task.Run(() =>
            {
                clock.CreateTimer(_ => { }, null, TimeSpan.FromMinutes(1), Never).Dispose();
                return clock.GetUtcNow();
            }).Wait(Guard),
            null,
            TimeSpan.FromMinutes(1),
            Never);

        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.True(otherThreadGotThrough);
    }

    [Fact]
    public void Callback_ThatThrows_DoesNotStopTheJumpAndIsRethrownAfterIt()
    {
        var clock = new SimulatedTimeProvider(Start);
        int laterFired = 0;
        using ITimer failing = clock.CreateTimer(_ => throw new InvalidOperationException("boom"), null, TimeSpan.FromMinutes(1), Never);
        using ITimer later = clock.CreateTimer(_ => laterFired++, null, TimeSpan.FromMinutes(2), Never);

        var error = Assert.Throws<AggregateException>(() => clock.Advance(TimeSpan.FromMinutes(3)));

        Assert.IsType<InvalidOperationException>(Assert.Single(error.InnerExceptions));
        Assert.Equal(1, laterFired);
        Assert.Equal(Start.AddMinutes(3), clock.GetUtcNow());
    }

    [Fact]
    public void Callback_RunsInTheExecutionContextCapturedAtCreation()
    {
        var clock = new SimulatedTimeProvider(Start);
        var ambient = new AsyncLocal<string>();
        string? seen = null;
        ambient.Value = "creator";
        using ITimer timer = clock.CreateTimer(_ => seen = ambient.Value, null, TimeSpan.FromSeconds(1), Never);
        ambient.Value = "advancer";

        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("creator", seen);
        Assert.Equal("advancer", ambient.Value);
    }

    [Fact]
    public void Callback_CreatedWithoutFlowCannotLeakAsyncLocalsIntoTheAdvancingCaller()
    {
        var clock = new SimulatedTimeProvider(Start);
        var ambient = new AsyncLocal<string>();
        ITimer timer;
        using (ExecutionContext.SuppressFlow())
        {
            timer = clock.CreateTimer(_ => ambient.Value = "callback", null, TimeSpan.FromSeconds(1), Never);
        }

        ambient.Value = "advancer";
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("advancer", ambient.Value);
        timer.Dispose();
    }

    [Fact]
    public void Delay_CompletesWhenTimeIsAdvancedPastIt()
    {
        var clock = new SimulatedTimeProvider(Start);
        Task delay = Task.Delay(TimeSpan.FromMinutes(10), clock);

        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.False(delay.IsCompleted);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(delay.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Delay_IsCanceledByItsTokenWithoutAnyAdvance()
    {
        var clock = new SimulatedTimeProvider(Start);
        using var cts = new CancellationTokenSource();
        Task delay = Task.Delay(TimeSpan.FromHours(1), clock, cts.Token);

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => delay);
        clock.Advance(TimeSpan.FromHours(2));
    }

    [Fact]
    public async Task Delay_ChainedDelays_EachCompleteInTheJumpThatReachesThem()
    {
        var clock = new SimulatedTimeProvider(Start);
        var resumedAt = new List<DateTimeOffset>();

        async Task RemindTwiceAsync()
        {
            await Task.Delay(TimeSpan.FromMinutes(40), clock).ConfigureAwait(false);
            resumedAt.Add(clock.GetUtcNow());
            await Task.Delay(TimeSpan.FromMinutes(40), clock).ConfigureAwait(false);
            resumedAt.Add(clock.GetUtcNow());
        }

        Task reminders = RemindTwiceAsync();

        // Continuations run inline on the advancing thread only where it has no SynchronizationContext, as in
        // the console; xunit's test thread has one, so advance from the pool the way the console would.
        await Task.Run(() => clock.Advance(TimeSpan.FromHours(2))).WaitAsync(Guard);
        Assert.Equal([Start.AddHours(2)], resumedAt);
        Assert.False(reminders.IsCompleted);

        await Task.Run(() => clock.Advance(TimeSpan.FromMinutes(40))).WaitAsync(Guard);
        await reminders.WaitAsync(Guard);
        Assert.Equal([Start.AddHours(2), Start.AddMinutes(160)], resumedAt);
    }

    [Fact]
    public async Task WaitAsync_TimesOutWhenTimeIsAdvancedPastTheTimeout()
    {
        var clock = new SimulatedTimeProvider(Start);
        var never = new TaskCompletionSource();
        Task waiting = never.Task.WaitAsync(TimeSpan.FromMinutes(5), clock);

        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.False(waiting.IsCompleted);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(waiting.IsFaulted);
        await Assert.ThrowsAsync<TimeoutException>(() => waiting);
    }

    [Fact]
    public async Task WaitAsync_CompletesWithTheTaskIfItFinishesBeforeTheTimeout()
    {
        var clock = new SimulatedTimeProvider(Start);
        var work = new TaskCompletionSource<int>();
        Task<int> waiting = work.Task.WaitAsync(TimeSpan.FromMinutes(5), clock);

        clock.Advance(TimeSpan.FromMinutes(4));
        work.SetResult(42);

        Assert.Equal(42, await waiting);
        clock.Advance(TimeSpan.FromMinutes(10));
    }

    [Fact]
    public void CancellationTokenSource_WithTimeoutCancelsWhenTimeIsAdvancedPastIt()
    {
        var clock = new SimulatedTimeProvider(Start);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30), clock);

        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(cts.IsCancellationRequested);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(cts.IsCancellationRequested);
    }

    [Fact]
    public void CancellationTokenSource_CancelAfterMovesTheDeadline()
    {
        var clock = new SimulatedTimeProvider(Start);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30), clock);

        clock.Advance(TimeSpan.FromSeconds(20));
        cts.CancelAfter(TimeSpan.FromMinutes(1));
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.False(cts.IsCancellationRequested);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(cts.IsCancellationRequested);
    }

    [Fact]
    public async Task ConcurrentAdvanceAndTimerCreation_NeitherDeadlocksNorLosesOrRepeatsAFiring()
    {
        const int Creators = 4;
        const int TimersPerCreator = 500;
        var clock = new SimulatedTimeProvider(Start);
        var fired = new ConcurrentDictionary<int, int>();
        var timers = new ConcurrentBag<ITimer>();
        int earlyFirings = 0;
        using var stop = new CancellationTokenSource();

        Task[] creators = Enumerable.Range(0, Creators).Select(c => Task.Run(() =>
        {
            var random = new Random(c);
            for (int i = 0; i < TimersPerCreator; i++)
            {
                int id = (c * TimersPerCreator) + i;
                var due = TimeSpan.FromMilliseconds(random.Next(0, 5_000));
                DateTimeOffset notBefore = clock.GetUtcNow() + due;
                timers.Add(clock.CreateTimer(
                    _ =>
                    {
                        if (clock.GetUtcNow() < notBefore)
                        {
                            Interlocked.Increment(ref earlyFirings);
                        }

                        fired.AddOrUpdate(id, 1, (_, n) => n + 1);

                        // Callbacks may use the provider themselves while others advance and create.
                        clock.CreateTimer(_ => { }, null, TimeSpan.FromMilliseconds(1), Never).Dispose();
                    },
                    null,
                    due,
                    Never));
            }
        })).ToArray();

        Task advancer = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                clock.Advance(TimeSpan.FromMilliseconds(37));
            }
        });

        await Task.WhenAll(creators).WaitAsync(Guard);
        await stop.CancelAsync();
        await advancer.WaitAsync(Guard);
        clock.Advance(TimeSpan.FromSeconds(5));

        // Zero-due timers may still be firing on the pool; wait for them with a guard, not a sleep.
        using (var pollGuard = new CancellationTokenSource(Guard))
        {
            while (fired.Count < Creators * TimersPerCreator && !pollGuard.IsCancellationRequested)
            {
                await Task.Yield();
            }
        }

        Assert.Equal(Creators * TimersPerCreator, fired.Count);
        Assert.All(fired.Values, n => Assert.Equal(1, n));
        Assert.Equal(0, earlyFirings);
        foreach (ITimer timer in timers)
        {
            await timer.DisposeAsync();
        }
    }

    [Fact]
    public async Task ConcurrentAdvances_KeepTheClockMonotonicAndEndAtTheFurthestTarget()
    {
        var clock = new SimulatedTimeProvider(Start);
        var gate = new Lock();
        int wentBack = 0;
        DateTimeOffset last = Start;
        using ITimer watcher = clock.CreateTimer(
            _ =>
            {
                // Read under our own lock so that the reads themselves are ordered across advancing threads.
                lock (gate)
                {
                    DateTimeOffset now = clock.GetUtcNow();
                    if (now < last)
                    {
                        wentBack++;
                    }

                    last = now;
                }
            },
            null,
            TimeSpan.FromMilliseconds(1),
            TimeSpan.FromMilliseconds(1));

        Task[] advancers = Enumerable.Range(0, 3)
            .Select(_ => Task.Run(() =>
            {
                for (int i = 0; i < 200; i++)
                {
                    clock.Advance(TimeSpan.FromMilliseconds(5));
                }
            }))
            .ToArray();
        await Task.WhenAll(advancers).WaitAsync(Guard);

        Assert.Equal(0, wentBack);
        Assert.True(clock.GetUtcNow() >= Start.AddSeconds(1));
        Assert.True(clock.GetUtcNow() <= Start.AddSeconds(3));
    }
}
