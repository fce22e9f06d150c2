using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StudyBot.Persistence;

namespace StudyBot.Host.ConsoleAdapter;

/// <summary>
/// Reads commands from standard input until <c>:quit</c> or end of input, then stops the host
/// (exit status 0), so both people and piped scripts can drive StudyBot.
/// </summary>
public sealed partial class ConsoleAdapterService(ConsoleSession session, ConsoleOutput console, IHostApplicationLifetime lifetime, ILogger<ConsoleAdapterService> logger) : BackgroundService
{
    // Read nothing until every hosted service (migrations, scheduler) has started. The continuation must not run
    // inside the host's ApplicationStarted callback: a console read blocks its thread, and the host would wait for
    // the first typed line before starting the scheduler (an idle --console next to Discord sent nothing).
    private readonly TaskCompletionSource _hostStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenRegistration _hostStartedRegistration;

    /// <inheritdoc />
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Listen here rather than in ExecuteAsync (which runs on the thread pool, whenever it gets there), so the
        // order is always the same: the signal comes from the host's start, never from this service's own thread.
        _hostStartedRegistration = lifetime.ApplicationStarted.Register(() => _hostStarted.TrySetResult());
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _hostStartedRegistration.Dispose();
        base.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await _hostStarted.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
        if (console.Interactive)
        {
            console.WriteLines(["StudyBot console. Type /help for commands, :as <user> and :in <channel> to switch, :quit to leave."]);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            if (console.Interactive)
            {
                console.Prompt($"@{session.User} in #{session.Channel}> ");
            }

            // A terminal read ignores cancellation, so stop waiting for it on Ctrl+C instead of at the shutdown timeout.
            var line = await console.Input.ReadLineAsync(stoppingToken).AsTask().WaitAsync(stoppingToken).ConfigureAwait(false);
            if (line is null || !await HandleAsync(line, stoppingToken).ConfigureAwait(false))
            {
                break;
            }
        }

        lifetime.StopApplication();
    }

    // One line going wrong (the disk filled up under a :clock, a bug) is reported, and the conversation goes on.
    private async Task<bool> HandleAsync(string line, CancellationToken stoppingToken)
    {
        try
        {
            return await session.HandleLineAsync(line, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLineFailed(logger, ex);
            var failure = StoreFailures.Classify(ex);
            console.WriteLines([failure == StoreFailure.None
                ? "Something went wrong on StudyBot's side with that line; it may not have been done. Details are in the log."
                : StoreFailures.Explain(failure)]);
            return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A console line failed")]
    private static partial void LogLineFailed(ILogger logger, Exception exception);
}
