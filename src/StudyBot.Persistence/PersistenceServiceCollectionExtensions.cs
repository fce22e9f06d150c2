using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StudyBot.Persistence;

/// <summary>Registers the store.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Adds the DbContext on the configured connection string and applies migrations at start.</summary>
    public static IServiceCollection AddStudyBotPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = ConnectionString(configuration);
        services.AddSingleton(new DatabaseOptions { ConnectionString = connectionString });
        services.AddDbContext<StudyBotDbContext>(db => db.UseSqlite(connectionString));
        services.AddScoped<Outbox>();
        services.AddHostedService<DatabaseMigrator>();
        return services;
    }

    /// <summary>The configured connection string, with the SQLite file's folder created.</summary>
    public static string ConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return SqliteConnections.Prepare(options.ConnectionString);
    }
}
