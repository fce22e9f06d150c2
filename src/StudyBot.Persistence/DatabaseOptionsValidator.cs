using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace StudyBot.Persistence;

/// <summary>Checks the <c>Database</c> section at start; the message never repeats the connection string, which may hold a password.</summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail($"Database:ConnectionString is empty; leave it out for the default ({DatabaseOptions.DefaultConnectionString}) or give an SQLite connection string.");
        }

        try
        {
            var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
            return string.IsNullOrWhiteSpace(builder.DataSource)
                ? ValidateOptionsResult.Fail("Database:ConnectionString names no database file; give one, e.g. Data Source=data/studybot.db.")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail($"Database:ConnectionString is not a valid SQLite connection string: {ex.Message.TrimEnd('.')}.");
        }
    }
}
