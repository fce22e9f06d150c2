using StudyBot.Commands.Routing;

namespace StudyBot.Discord.ScheduledEvents;

/// <summary>
/// Wakes the mirror service when meetings changed, so the server's event list follows a command at
/// once rather than at the next poll. A signal during a run makes the next wait return at once.
/// </summary>
internal sealed class ScheduledEventMirrorSignal : IMeetingsChangedListener
{
    private TaskCompletionSource _pending = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void MeetingsChanged() => Volatile.Read(ref _pending).TrySetResult();

    /// <summary>Forgets earlier signals; call before reading the store.</summary>
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
            // The timer is the fallback: occurrences start and changes made by other instances show up.
        }
    }
}
