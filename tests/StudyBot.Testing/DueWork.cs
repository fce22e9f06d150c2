using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Application.Work;
using StudyBot.Scheduling.Work;

namespace StudyBot.Testing;

/// <summary>
/// Does the scheduled work due at <c>time</c>'s now (reminders, advances) through the real processor and handlers,
/// once, on the test's own thread: adapter tests see what a reminder sends without running Quartz and its timers, and
/// without moving the adapter's own clock (heartbeats, rate limits).
/// </summary>
public static class DueWork
{
    /// <summary>Does every item due at <paramref name="time"/>'s now; returns how many were done.</summary>
    public static Task<int> RunAsync(IServiceProvider services, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(services);
        var processor = new ScheduledWorkProcessor(
            services.GetRequiredService<IServiceScopeFactory>(),
            services.GetServices<ScheduledWorkRegistration>(),
            time,
            new SchedulerOptions(),
            NullLogger<ScheduledWorkProcessor>.Instance);
        return processor.ProcessDueAsync(CancellationToken.None);
    }
}
