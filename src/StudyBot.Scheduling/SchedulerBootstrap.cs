using Microsoft.Extensions.Hosting;
using StudyBot.Scheduling.Work;

namespace StudyBot.Scheduling;

/// <summary>At start, after migrations and the Quartz scheduler: make sure the work triggers exist and are armed.</summary>
internal sealed class SchedulerBootstrap(WorkTrigger trigger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => trigger.EnsureAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
