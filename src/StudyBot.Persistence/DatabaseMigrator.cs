using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace StudyBot.Persistence;

/// <summary>
/// Before any other hosted service starts: checks that the database can be used (readable, writable, not
/// damaged, not from a newer StudyBot) and applies pending migrations, so adapters and the scheduler never see
/// an old schema. Anything wrong stops start-up with a <see cref="DatabaseUnusableException"/> whose message is
/// the one line to show.
/// </summary>
public sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, ILogger<DatabaseMigrator> logger) : IHostedLifecycleService
{
    private bool _prepared;

    /// <summary>
    /// Checks the database and applies pending migrations; the program calls it before starting anything else, so a
    /// problem is one line without the host's own start-up logging. Does nothing the second time.
    /// </summary>
    /// <exception cref="DatabaseUnusableException">The database cannot be used; the message says why and what to do.</exception>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (_prepared)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StudyBotDbContext>();
        var file = DataSource(db);
        try
        {
            await PrepareAsync(db, file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not DatabaseUnusableException && StoreFailures.Classify(ex) != StoreFailure.None)
        {
            throw new DatabaseUnusableException(Explain(ex, file), ex);
        }

        _prepared = true;
    }

    /// <inheritdoc />
    public Task StartingAsync(CancellationToken cancellationToken) => PrepareAsync(cancellationToken);

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task PrepareAsync(StudyBotDbContext db, string file, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            await MigrateAsync(db, file, cancellationToken).ConfigureAwait(false);
            return;
        }

        // A folder StudyBot cannot write to fails later in ways SQLite reports vaguely; say it plainly first.
        if (Path.GetDirectoryName(file) is { Length: > 0 } folder && Directory.Exists(folder))
        {
            try
            {
                using var probe = new FileStream(Path.Combine(folder, $".studybot-write-check-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new DatabaseUnusableException($"the folder of the database, {folder}, is read-only or StudyBot may not write to it; StudyBot needs to write the database and its journal there.", ex);
            }
        }

        if (File.Exists(file))
        {
            // A damaged file fails here at the latest, before anything writes to it.
            var check = await db.Database.SqlQueryRaw<string>("PRAGMA quick_check(1)").ToListAsync(cancellationToken).ConfigureAwait(false);
            if (check is not ["ok"])
            {
                throw new DatabaseUnusableException($"the database {file} is damaged ({OneLine(string.Join("; ", check))}); restore a backup, or move the file away to start with an empty one.");
            }
        }

        // WAL lets the scheduler, the dispatcher and commands read while one of them writes; setting it writes too,
        // so a read-only file or folder shows here.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        await MigrateAsync(db, file, cancellationToken).ConfigureAwait(false);
    }

    private async Task MigrateAsync(StudyBotDbContext db, string file, CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            // Writing with an older schema into a newer database would lose or corrupt what the newer StudyBot keeps.
            throw new DatabaseUnusableException($"the database {file} was last used by a newer StudyBot (it has migration {unknown.Max(StringComparer.Ordinal)}, which this version does not know); run that version, or restore a backup from before the upgrade.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        if (pending.Count == 0)
        {
            LogUpToDate(logger);
            return;
        }

        LogApplying(logger, pending.Count, pending);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        LogApplied(logger);
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string DataSource(StudyBotDbContext db)
    {
        var connection = db.Database.GetConnectionString() ?? string.Empty;
        try
        {
            return Path.GetFullPath(new SqliteConnectionStringBuilder(connection).DataSource);
        }
        catch (ArgumentException)
        {
            return "(see Database:ConnectionString)";
        }
    }

    private static string Explain(Exception failure, string file)
    {
        for (var current = failure; current is not null; current = current.InnerException)
        {
            if (current is SqliteException sqlite)
            {
                return (sqlite.SqliteErrorCode & 0xFF) switch
                {
                    8 => $"the database {file} is read-only; StudyBot needs to write to the file and its folder.",
                    13 => $"the disk holding the database {file} is full; free some space and start StudyBot again.",
                    14 => $"StudyBot cannot open the database {file}: check that its folder exists and that StudyBot may read and write both.",
                    11 or 26 => $"the database {file} is damaged or not a database ({sqlite.Message.TrimEnd('.')}); restore a backup, or move the file away to start with an empty one.",
                    5 or 6 => $"the database {file} is locked by another program; stop it (or the other StudyBot using the file) and start again.",
                    _ => $"the database {file} cannot be used ({sqlite.Message.TrimEnd('.')}).",
                };
            }
        }

        return $"the database {file} cannot be used ({failure.Message.TrimEnd('.')}).";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date")]
    private static partial void LogUpToDate(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} database migration(s): {Migrations}")]
    private static partial void LogApplying(ILogger logger, int count, IReadOnlyList<string> migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrations applied")]
    private static partial void LogApplied(ILogger logger);
}
