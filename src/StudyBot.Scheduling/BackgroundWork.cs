using Microsoft.Extensions.Logging;
using StudyBot.Commands.Routing;
using StudyBot.Scheduling.Delivery;
using StudyBot.Scheduling.Reminders;

namespace StudyBot.Scheduling;

/// <summary>Wakes the reminder trigger and the outbox dispatcher after a command committed changes.</summary>
public sealed partial class BackgroundWork(ReminderTrigger trigger, OutboxSignal outbox, ILogger<BackgroundWork> logger) : IBackgroundWork
{
    /// <inheritdoc />
    public void RemindersChanged() => _ = RearmAsync();

    /// <inheritdoc />
    public void OutboxChanged() => outbox.Notify();

    private async Task RearmAsync()
    {
        try
        {
            await trigger.RearmAsync(CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The one-minute sweep still finds the reminders; the command must not fail for this.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogRearmFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not re-arm the reminder trigger; the one-minute sweep will pick reminders up")]
    private static partial void LogRearmFailed(ILogger logger, Exception exception);
}
