namespace StudyBot.Core.Threading;

/// <summary>
/// Wakes a background loop when there is new work, so it need not wait for its next poll. The loop
/// calls <see cref="Reset"/> before each round; a <see cref="Notify"/> during the round makes the next
/// <see cref="WaitAsync"/> return at once, so no signal is lost between rounds.
/// </summary>
public class WakeSignal
{
    private TaskCompletionSource _pending = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Says there is work.</summary>
    public void Notify() => Volatile.Read(ref _pending).TrySetResult();

    /// <summary>Forgets earlier signals; call before reading the store.</summary>
    public void Reset()
    {
        var current = Volatile.Read(ref _pending);
        if (current.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _pending, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), current);
        }
    }

    /// <summary>Waits for a signal, or until <paramref name="timeout"/> passes on <paramref name="time"/> (the polling fallback).</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            await Volatile.Read(ref _pending).Task.WaitAsync(timeout, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Polling covers work a signal cannot announce: retries, other instances, times that pass.
        }
    }
}
