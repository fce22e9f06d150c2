using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Messaging;
using StudyBot.Scheduling.Delivery;

namespace StudyBot.Testing;

/// <summary>
/// Delivers what the outbox holds through an adapter's real sender, once, on the test's own thread: adapter tests
/// see the platform calls a delivery makes without running the background dispatcher and its timers.
/// </summary>
public static class OutboxRun
{
    /// <summary>Delivers every entry due now through the senders registered in <paramref name="services"/>.</summary>
    public static Task<int> DeliverDueAsync(IServiceProvider services, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(services);
        var dispatcher = new OutboxDispatcher(
            services.GetRequiredService<IServiceScopeFactory>(),
            services.GetServices<IChatSender>(),
            time,
            new OutboxOptions { InstanceName = "test" },
            NullLogger<OutboxDispatcher>.Instance);
        return dispatcher.DispatchDueAsync(CancellationToken.None);
    }
}
