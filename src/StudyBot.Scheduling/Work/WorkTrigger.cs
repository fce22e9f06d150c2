using Microsoft.Extensions.Hosting;
using Quartz;

namespace StudyBot.Scheduling.Work;

/// <summary>
/// Keeps one persistent Quartz trigger armed at the earliest pending scheduled work, plus a sweep as a
/// safety net, both firing <see cref="DueWorkJob"/>.
/// </summary>
public sealed class WorkTrigger(ISchedulerFactory schedulers, ScheduledWorkProcessor work, SchedulerOptions options, TimeProvider time, IHostApplicationLifetime lifetime) : IDisposable
{
    /// <summary>The precise trigger's name.</summary>
    public static readonly TriggerKey NextKey = new("work-next", "studybot");

    /// <summary>The sweep trigger's name.</summary>
    public static readonly TriggerKey SweepKey = new("work-sweep", "studybot");

    // What StudyBot stored before scheduled work had its own table; removed at start.
    private static readonly JobKey LegacyJobKey = new("due-reminders", "studybot");

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Creates the sweep (again, when its interval changed), then arms the precise trigger.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await scheduler.DeleteJob(LegacyJobKey, cancellationToken).ConfigureAwait(false);
        var existing = await scheduler.GetTrigger(SweepKey, cancellationToken).ConfigureAwait(false) as ISimpleTrigger;
        if (existing?.RepeatInterval != options.SweepInterval)
        {
            var sweep = TriggerBuilder.Create(time)
                .WithIdentity(SweepKey)
                .ForJob(DueWorkJob.Key)
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(options.SweepInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
                .Build();
            await scheduler.ScheduleJob(sweep, ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        }

        await RearmAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves the precise trigger to the earliest pending work (or removes it when none).</summary>
    public async Task RearmAsync(CancellationToken cancellationToken)
    {
        // While stopping, the scheduler is going away; the stored work is re-armed at the next start.
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
            var next = await work.NextDueAsync(cancellationToken).ConfigureAwait(false);
            if (next is null)
            {
                await scheduler.UnscheduleJob(NextKey, cancellationToken).ConfigureAwait(false);
                return;
            }

            var trigger = TriggerBuilder.Create(time)
                .WithIdentity(NextKey)
                .ForJob(DueWorkJob.Key)
                // Never in the past: Quartz leaves a trigger older than its misfire threshold to the
                // misfire handler, which runs on a slow cycle; "now" fires at once instead.
                .StartAt(Max(next.Value.ToDateTimeOffset(), time.GetUtcNow()))
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build();
            await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
