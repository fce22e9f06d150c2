namespace StudyBot.Commands.Intake;

/// <summary>
/// Where every adapter hands in command work: at most <see cref="CommandsOptions.MaxConcurrentCommands"/> run in the
/// router at once and the rest wait their turn in order, holding no thread, so a burst cannot starve the thread pool
/// that reads sockets, sends heartbeats and writes acknowledgements. Nothing is refused or dropped here: a command
/// that will not be answered within its platform's deadline is acknowledged (deferred) by its adapter, measured from
/// its <see cref="Receipt"/>, and answered when its turn comes.
/// </summary>
public sealed class CommandIntake(CommandsOptions options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.MaxConcurrentCommands, options.MaxConcurrentCommands);
    private int _waiting;

    /// <summary>Commands waiting for a slot now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Starts <paramref name="work"/> when a slot is free; the task completes with its result.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!_slots.Wait(0, CancellationToken.None))
        {
            Interlocked.Increment(ref _waiting);
            try
            {
                await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }

        try
        {
            // Off the caller's stack: the adapter's read loop or request thread goes straight back to its own work.
            return await Task.Run(() => work(cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>
    /// The result of <paramref name="work"/> if it comes before <paramref name="budget"/> has passed since
    /// <paramref name="receipt"/>; null when the adapter must acknowledge now and answer later. The time already
    /// spent queueing counts: the platform's clock started when the command arrived, not when it got a slot.
    /// </summary>
    public async Task<T?> WithinAsync<T>(Task<T> work, Receipt receipt, TimeSpan budget, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(work);
        if (work.IsCompleted)
        {
            return await work.ConfigureAwait(false);
        }

        var left = budget - receipt.Elapsed(time);
        if (left <= TimeSpan.Zero)
        {
            return null;
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(left, time, timer.Token);
        var first = await Task.WhenAny(work, deadline).ConfigureAwait(false);
        await timer.CancelAsync().ConfigureAwait(false);
        if (first == work)
        {
            return await work.ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return null;
    }

    /// <summary>Stamps a command as it arrives, before anything else is done with it.</summary>
    public Receipt Receive() => new(time.GetTimestamp());

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();
}

/// <summary>When a command arrived, on the intake's clock.</summary>
/// <param name="Timestamp">A <see cref="TimeProvider.GetTimestamp"/> value.</param>
public readonly record struct Receipt(long Timestamp)
{
    /// <summary>How long ago the command arrived.</summary>
    public TimeSpan Elapsed(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return time.GetElapsedTime(Timestamp);
    }
}
