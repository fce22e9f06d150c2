using Quartz;
using StudyBot.Scheduling.Delivery;

namespace StudyBot.Scheduling.Reminders;

/// <summary>Thin Quartz job: process due reminders, re-arm the trigger, wake the dispatcher.</summary>
[DisallowConcurrentExecution]
public sealed class DueRemindersJob(ReminderProcessor reminders, ReminderTrigger trigger, OutboxSignal outbox) : IJob
{
    /// <summary>The job's persistent name.</summary>
    public static readonly JobKey Key = new("due-reminders", "studybot");

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var queued = await reminders.ProcessDueAsync(cancellationToken).ConfigureAwait(false);
        if (queued > 0)
        {
            outbox.Notify();
        }

        await trigger.RearmAsync(cancellationToken).ConfigureAwait(false);
    }
}
