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
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Read nothing until every hosted service (migrations, scheduler) has started.
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
        }
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
