using Microsoft.Extensions.Hosting;
using StudyBot.Scheduling.Reminders;

namespace StudyBot.Scheduling;

/// <summary>At start, after migrations and the Quartz scheduler: make sure the reminder triggers exist and are armed.</summary>
internal sealed class SchedulerBootstrap(ReminderTrigger trigger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => trigger.EnsureAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
