using Quartz;

namespace StudyBot.Scheduling.Work;

/// <summary>Thin Quartz job: do the due scheduled work, then re-arm the trigger at the next item.</summary>
[DisallowConcurrentExecution]
public sealed class DueWorkJob(ScheduledWorkProcessor work, WorkTrigger trigger) : IJob
{
    /// <summary>The job's persistent name.</summary>
    public static readonly JobKey Key = new("due-work", "studybot");

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await work.ProcessDueAsync(cancellationToken).ConfigureAwait(false);
        await trigger.RearmAsync(cancellationToken).ConfigureAwait(false);
    }
}
