using Microsoft.Extensions.Hosting;

namespace StudyBot.Host.ConsoleAdapter;

/// <summary>
/// Reads commands from standard input until <c>:quit</c> or end of input, then stops the host
/// (exit status 0), so both people and piped scripts can drive StudyBot.
/// </summary>
public sealed class ConsoleAdapterService(ConsoleSession session, ConsoleOutput console, IHostApplicationLifetime lifetime) : BackgroundService
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
            if (line is null || !await session.HandleLineAsync(line, stoppingToken).ConfigureAwait(false))
            {
                break;
            }
        }

        lifetime.StopApplication();
    }
}
