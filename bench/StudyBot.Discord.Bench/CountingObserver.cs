using StudyBot.Discord.Gateway;

namespace StudyBot.Discord.Bench;

/// <summary>Counts dispatch events and signals when the expected number has arrived.</summary>
internal sealed class CountingObserver : IGatewayEventObserver
{
    private int _count;
    private int _target = int.MaxValue;
    private TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task ExpectAsync(int events)
    {
        _reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Exchange(ref _count, 0);
        Volatile.Write(ref _target, events);
        return _reached.Task;
    }

    public void OnDispatch(int shardId, string eventType)
    {
        if (eventType == "BENCH_EVENT" && Interlocked.Increment(ref _count) == Volatile.Read(ref _target))
        {
            _reached.TrySetResult();
        }
    }
}
