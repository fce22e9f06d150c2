using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StudyBot.Persistence.Writes;

namespace StudyBot.Persistence;

/// <summary>Registers the store.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Adds the DbContext on the configured connection string (checked at start) and applies migrations at start.</summary>
    public static IServiceCollection AddStudyBotPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        var connectionString = ConnectionString(configuration);
        // Writers take turns (see WriteGate); its patience is on the real clock, never a test's simulated one, which
        // may jump hours while a writer waits a microsecond.
        services.AddSingleton(_ => new WriteGate(TimeProvider.System, DatabaseOptions.WriteWait));
        services.AddSingleton<WriteGateInterceptor>();

        // Interceptors registered in DI take part (metrics, and tests that make the disk "full" at an exact moment).
        services.AddDbContext<StudyBotDbContext>((provider, db) => db.UseSqlite(connectionString)
            .AddInterceptors(provider.GetServices<IInterceptor>().Append(provider.GetRequiredService<WriteGateInterceptor>())));
        services.AddScoped<Outbox>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddHostedService(provider => provider.GetRequiredService<DatabaseMigrator>());
        return services;
    }

    /// <summary>
    /// The configured connection string, with the SQLite file's folder created. A string that cannot be read is
    /// returned as it is: the <c>Database</c> check at start reports it in one line before anything opens it.
    /// </summary>
    public static string ConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.ConnectionString)}"] ?? DatabaseOptions.DefaultConnectionString;
        try
        {
            return SqliteConnections.Prepare(configured);
        }
        catch (ArgumentException)
        {
            return configured;
        }
    }
}
