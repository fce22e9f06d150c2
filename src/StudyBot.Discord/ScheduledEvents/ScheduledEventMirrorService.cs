using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Core.Time;
using StudyBot.Discord.Configuration;

namespace StudyBot.Discord.ScheduledEvents;

/// <summary>
/// Runs the mirror at start, whenever a command changed meetings, when a mirrored meeting starts (so
/// the next occurrence is shown) and every <see cref="DiscordOptions.EventSyncInterval"/>. Each run has
/// its own DI scope; a failed run is logged and the next one retries.
/// </summary>
internal sealed partial class ScheduledEventMirrorService(
    IServiceScopeFactory scopes,
    ScheduledEventMirrorSignal signal,
    TimeProvider time,
    IOptions<DiscordOptions> options,
    ILogger<ScheduledEventMirrorService> logger) : BackgroundService
{
    // A floor on the wait, so a meeting that starts this instant cannot make the loop spin.
    private static readonly TimeSpan MinimumWait = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            signal.Reset();
            var wait = options.Value.EventSyncInterval;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var nextStart = await scope.ServiceProvider.GetRequiredService<ScheduledEventMirror>().RunAsync(stoppingToken).ConfigureAwait(false);
                if (nextStart is { } start)
                {
                    var untilStart = (start - time.Now()).ToTimeSpan();
                    wait = untilStart < MinimumWait ? MinimumWait : untilStart < wait ? untilStart : wait;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A database or network hiccup must not stop mirroring for good; the next run retries.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogRunFailed(logger, ex);
            }

            try
            {
                await signal.WaitAsync(wait, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Mirroring meetings as Discord events failed; will retry")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
