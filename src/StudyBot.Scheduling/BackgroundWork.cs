using Microsoft.Extensions.Logging;
using StudyBot.Application;
using StudyBot.Scheduling.Delivery;
using StudyBot.Scheduling.Work;

namespace StudyBot.Scheduling;

/// <summary>Wakes the work trigger and the outbox dispatcher after a unit of work committed changes.</summary>
public sealed partial class BackgroundWork(WorkTrigger trigger, OutboxSignal outbox, ILogger<BackgroundWork> logger) : IBackgroundWork
{
    /// <inheritdoc />
    public void WorkPlanned() => _ = RearmAsync();

    /// <inheritdoc />
    public void OutboxChanged() => outbox.Notify();

    private async Task RearmAsync()
    {
        try
        {
            await trigger.RearmAsync(CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The sweep still finds the work; the command must not fail for this.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogRearmFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not re-arm the work trigger; the sweep will pick the work up")]
    private static partial void LogRearmFailed(ILogger logger, Exception exception);
}
