using Microsoft.Extensions.Hosting;
using Quartz;

namespace StudyBot.Scheduling.Reminders;

/// <summary>
/// Keeps one persistent Quartz trigger armed at the earliest planned reminder, plus a one-minute sweep
/// as a safety net, both firing <see cref="DueRemindersJob"/>.
/// </summary>
public sealed class ReminderTrigger(ISchedulerFactory schedulers, ReminderProcessor reminders, TimeProvider time, IHostApplicationLifetime lifetime) : IDisposable
{
    /// <summary>The precise trigger's name.</summary>
    public static readonly TriggerKey NextKey = new("reminders-next", "studybot");

    /// <summary>The sweep trigger's name.</summary>
    public static readonly TriggerKey SweepKey = new("reminders-sweep", "studybot");

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Creates the job and sweep if missing, then arms the precise trigger.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        if (!await scheduler.Exists(SweepKey, cancellationToken).ConfigureAwait(false))
        {
            var sweep = TriggerBuilder.Create(time)
                .WithIdentity(SweepKey)
                .ForJob(DueRemindersJob.Key)
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
                .Build();
            await scheduler.ScheduleJob(sweep, default, cancellationToken).ConfigureAwait(false);
        }

        await RearmAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves the precise trigger to the earliest planned reminder (or removes it when none).</summary>
    public async Task RearmAsync(CancellationToken cancellationToken)
    {
        // While stopping, the scheduler is going away; the persisted plan is re-armed at the next start.
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
            var next = await reminders.NextDueAsync(cancellationToken).ConfigureAwait(false);
            if (next is null)
            {
                await scheduler.UnscheduleJob(NextKey, cancellationToken).ConfigureAwait(false);
                return;
            }

            var trigger = TriggerBuilder.Create(time)
                .WithIdentity(NextKey)
                .ForJob(DueRemindersJob.Key)
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
