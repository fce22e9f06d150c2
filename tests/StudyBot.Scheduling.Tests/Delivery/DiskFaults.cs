using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace StudyBot.Scheduling.Tests.Delivery;

/// <summary>
/// A fault hook on the store: while <see cref="Full"/> is set, every save fails as SQLite does when its disk is
/// full (SQLITE_FULL), at the exact moment a test chooses.
/// </summary>
public sealed class DiskFaults : SaveChangesInterceptor
{
    private volatile bool _full;

    public bool Full
    {
        get => _full;
        set => _full = value;
    }

    public int Refused => _refused;

    private int _refused;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Full)
        {
            Interlocked.Increment(ref _refused);
            throw new SqliteException("SQLite Error 13: 'database or disk is full'.", 13);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
