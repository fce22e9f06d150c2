using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;
using StudyBot.Application;
using StudyBot.Persistence;
using StudyBot.Scheduling.Clock;
using StudyBot.Scheduling.Delivery;
using StudyBot.Scheduling.Work;

namespace StudyBot.Scheduling;

/// <summary>Registers Quartz on the StudyBot database, the scheduled-work engine and the outbox dispatcher.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Adds scheduling. Quartz keeps its jobs and triggers in the same SQLite database (tables created
    /// on first start) and reads time from <paramref name="time"/>, so a simulated clock drives it too.
    /// The <c>Scheduler</c> and <c>Outbox</c> sections are checked at start.
    /// </summary>
    public static IServiceCollection AddStudyBotScheduling(this IServiceCollection services, IConfiguration configuration, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(time);
        services.AddCheckedOptions<OutboxOptions, OutboxOptionsValidator>(configuration, OutboxOptions.SectionName);
        services.AddCheckedOptions<SchedulerOptions, SchedulerOptionsValidator>(configuration, SchedulerOptions.SectionName);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<ScheduledWorkProcessor>();
        services.AddSingleton<WorkTrigger>();
        services.Replace(ServiceDescriptor.Singleton<IBackgroundWork, BackgroundWork>());
        if (time is SimulatedTimeProvider simulated)
        {
            services.AddSingleton(simulated);
            services.AddSingleton<SimulatedClock>();
        }

        services.AddQuartz(quartz =>
        {
            quartz.UseTimeProvider(time);
            quartz.AddJob<DueWorkJob>(job => job.WithIdentity(DueWorkJob.Key).StoreDurably());
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

    /// <summary>
    /// Binds a section to <typeparamref name="TOptions"/>, checks it at start with <typeparamref name="TValidator"/>
    /// and lets services take the checked value itself.
    /// </summary>
    public static IServiceCollection AddCheckedOptions<TOptions, TValidator>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<TOptions>>().Value);
        return services;
    }
}
