using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using StudyBot.Commands.Routing;
using StudyBot.Persistence;
using StudyBot.Scheduling.Clock;
using StudyBot.Scheduling.Delivery;
using StudyBot.Scheduling.Reminders;

namespace StudyBot.Scheduling;

/// <summary>Registers Quartz on the StudyBot database, the reminder job and the outbox dispatcher.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Adds scheduling. Quartz keeps its jobs and triggers in the same SQLite database (tables created
    /// on first start) and reads time from <paramref name="time"/>, so a simulated clock drives it too.
    /// </summary>
    public static IServiceCollection AddStudyBotScheduling(this IServiceCollection services, IConfiguration configuration, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(time);
        var outboxOptions = configuration.GetSection(OutboxOptions.SectionName).Get<OutboxOptions>() ?? new OutboxOptions();
        services.AddSingleton(outboxOptions);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<ReminderProcessor>();
        services.AddSingleton<ReminderTrigger>();
        services.Replace(ServiceDescriptor.Singleton<IBackgroundWork, BackgroundWork>());
        if (time is FakeTimeProvider fake)
        {
            services.AddSingleton(fake);
            services.AddSingleton<SimulatedClock>();
        }

        services.AddQuartz(quartz =>
        {
            quartz.UseTimeProvider(time);
            quartz.AddJob<DueRemindersJob>(job => job.WithIdentity(DueRemindersJob.Key).StoreDurably());
            quartz.UsePersistentStore(store =>
            {
                store.UseSqlite(PersistenceServiceCollectionExtensions.ConnectionString(configuration));
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddHostedService<SchedulerBootstrap>();
        services.AddHostedService<OutboxDispatcherService>();
        return services;
    }
}
