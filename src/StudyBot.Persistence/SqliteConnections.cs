using Microsoft.Data.Sqlite;

namespace StudyBot.Persistence;

/// <summary>Helpers for SQLite connection strings.</summary>
public static class SqliteConnections
{
    /// <summary>Creates the folder of a file database so a fresh checkout just works.</summary>
    public static string Prepare(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var file = builder.DataSource;
        if (!string.IsNullOrEmpty(file) && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return builder.ToString();
    }
}
