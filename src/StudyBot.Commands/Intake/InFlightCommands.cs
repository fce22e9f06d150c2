using Microsoft.Extensions.Logging;

namespace StudyBot.Commands.Intake;

/// <summary>
/// The commands StudyBot has received and not yet answered, on every adapter. On shutdown it stops taking new
/// ones and gives those in hand <see cref="CommandsOptions.ShutdownGrace"/> to finish and be answered; only then is
/// <see cref="Stopping"/> cancelled. Adapters run command work on <see cref="Stopping"/>, not on their connection's
/// token, so a closing socket or a SIGTERM does not drop a command someone is waiting for.
/// </summary>
public sealed partial class InFlightCommands(CommandsOptions options, TimeProvider time, ILogger<InFlightCommands> logger) : IDisposable
{
    private readonly CancellationTokenSource _giveUp = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _idle = NewIdle(done: true);
    private int _count;
    private volatile bool _draining;

    /// <summary>Cancelled once the shutdown grace has run out: command work stops then, not before.</summary>
    public CancellationToken Stopping => _giveUp.Token;

    /// <summary>False once shutdown began: new commands get <see cref="RestartingMessage"/> instead.</summary>
    public bool Accepting => !_draining;

    /// <summary>What a command that arrives during shutdown is told.</summary>
    public static string RestartingMessage => "StudyBot is restarting; please try again in a minute. Nothing was done.";

    /// <summary>Work that belongs to a command already in hand (its answer, its files): tracked, never refused.</summary>
    public IDisposable Begin()
    {
        lock (_gate)
        {
            if (_count++ == 0)
            {
                _idle = NewIdle(done: false);
            }
        }

        return new Lease(this);
    }

    /// <summary>A new command: tracked, or null while shutting down (tell the person <see cref="RestartingMessage"/>).</summary>
    public IDisposable? TryBegin() => _draining ? null : Begin();

    /// <summary>Completes when no command is in hand (tests, and shutdown).</summary>
    public Task IdleAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Stops taking commands, waits for those in hand up to the grace, then cancels whatever is left.</summary>
    public async Task DrainAsync()
    {
        _draining = true;
        Task idle;
        int count;
        lock (_gate)
        {
            idle = _idle.Task;
            count = _count;
        }

        if (count > 0)
        {
            LogDraining(logger, count, options.ShutdownGrace);
            var finished = await Task.WhenAny(idle, Task.Delay(options.ShutdownGrace, time)).ConfigureAwait(false) == idle;
            if (!finished)
            {
                LogAbandoned(logger, Volatile.Read(ref _count));
            }
        }

        await _giveUp.CancelAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose() => _giveUp.Dispose();

    private static TaskCompletionSource NewIdle(bool done)
    {
        var idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (done)
        {
            idle.SetResult();
        }

        return idle;
    }

    private void End()
    {
        lock (_gate)
        {
            if (--_count == 0)
            {
                _idle.TrySetResult();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutting down: waiting up to {Grace} for {Count} command(s) in hand to be answered")]
    private static partial void LogDraining(ILogger logger, int count, TimeSpan grace);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutting down: {Count} command(s) were still running when the grace ran out and were stopped")]
    private static partial void LogAbandoned(ILogger logger, int count);

    private sealed class Lease(InFlightCommands owner) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                owner.End();
            }
        }
    }
}
