namespace StudyBot.Persistence;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The section name.</summary>
    public const string SectionName = "Database";

    /// <summary>The default: a SQLite file under the working directory.</summary>
    public const string DefaultConnectionString = "Data Source=data/studybot.db";

    /// <summary>How long a writer waits for its turn before the command is told the store is busy (SQLite's own default timeout).</summary>
    public static readonly TimeSpan WriteWait = TimeSpan.FromSeconds(30);

    /// <summary>ADO.NET connection string; SQLite unless it says otherwise.</summary>
    public string ConnectionString { get; set; } = DefaultConnectionString;
}
