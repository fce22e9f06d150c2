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
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = SqliteConnections.Prepare(options.ConnectionString);
        services.AddSingleton(new DatabaseOptions { ConnectionString = connectionString });
        services.AddDbContext<StudyBotDbContext>(db => db.UseSqlite(connectionString));
        services.AddHostedService<DatabaseMigrator>();
        return services;
    }
}
