namespace StudyBot.Persistence.Writes;

/// <summary>
/// One writer at a time. SQLite allows a single writer per file, and when a second connection meets the lock its driver
/// retries by sleeping on the calling thread; under a burst those sleeping threads starve the pool that also answers
/// heartbeats and acknowledgements. Writers therefore take turns here first, waiting without a thread, so SQLite never
/// sees two of this process's writers at once. Readers never come here: in WAL mode they read beside the writer.
/// A store with parallel writers (PostgreSQL, later) gets a gate that lets everyone through.
/// </summary>
public sealed class WriteGate : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly TimeProvider _time;
    private readonly TimeSpan _patience;

    /// <summary>Creates the gate; a writer that has waited <paramref name="patience"/> gives up with <see cref="WriteGateTimeoutException"/>.</summary>
    public WriteGate(TimeProvider time, TimeSpan patience)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(patience, TimeSpan.Zero);
        _time = time;
        _patience = patience;
    }

    /// <summary>How many writers are waiting or writing now (for metrics and tests).</summary>
    public int Queued => Volatile.Read(ref _queued);

    private int _queued;

    /// <summary>Waits for this writer's turn without holding a thread; dispose the result to end the turn.</summary>
    public async Task<WriteTurn> EnterAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _queued);
        using var patience = new CancellationTokenSource(_patience, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, patience.Token);
        try
        {
            await _turn.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (patience.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            Interlocked.Decrement(ref _queued);
            throw new WriteGateTimeoutException(_patience);
        }
        catch
        {
            Interlocked.Decrement(ref _queued);
            throw;
        }

        return new WriteTurn(this);
    }

    /// <summary>The blocking form, for EF's synchronous paths (StudyBot itself always writes asynchronously).</summary>
    public WriteTurn Enter()
    {
        Interlocked.Increment(ref _queued);
        if (!_turn.Wait(_patience))
        {
            Interlocked.Decrement(ref _queued);
            throw new WriteGateTimeoutException(_patience);
        }

        return new WriteTurn(this);
    }

    /// <inheritdoc />
    public void Dispose() => _turn.Dispose();

    private void Leave()
    {
        Interlocked.Decrement(ref _queued);
        _turn.Release();
    }

    /// <summary>A writer's turn; ending it twice is harmless.</summary>
    public sealed class WriteTurn : IDisposable
    {
        private WriteGate? _gate;

        internal WriteTurn(WriteGate gate) => _gate = gate;

        /// <summary>Ends the turn: the next writer goes.</summary>
        public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Leave();
    }
}

/// <summary>A writer waited longer than the gate's patience: the store is overloaded or a writer is stuck.</summary>
public sealed class WriteGateTimeoutException : TimeoutException
{
    /// <summary>Creates the exception.</summary>
    public WriteGateTimeoutException(TimeSpan waited)
        : base($"Waited {waited.TotalSeconds:0.#} s for a turn to write to the database.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public WriteGateTimeoutException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public WriteGateTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public WriteGateTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
