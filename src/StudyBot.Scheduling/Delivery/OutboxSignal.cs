namespace StudyBot.Scheduling.Delivery;

/// <summary>
/// Wakes the dispatcher when new entries were committed, so delivery does not wait for the next poll.
/// The dispatcher resets before each round; a signal during the round makes the next wait return at once.
/// </summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource _pending = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Says there is work.</summary>
    public void Notify() => Volatile.Read(ref _pending).TrySetResult();

    /// <summary>Forgets earlier signals; call before reading the outbox.</summary>
    public void Reset()
    {
        var current = Volatile.Read(ref _pending);
        if (current.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _pending, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), current);
        }
    }

    /// <summary>Waits for a signal, or until <paramref name="timeout"/> passes on <paramref name="time"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            await Volatile.Read(ref _pending).Task.WaitAsync(timeout, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Polling is the fallback for entries queued by another instance and for retries.
        }
    }
}
