using Microsoft.EntityFrameworkCore;
using StudyBot.Persistence;

namespace StudyBot.Testing;

/// <summary>A real SQLite file in a temp folder, migrated like production, deleted on dispose.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "studybot-tests", Guid.NewGuid().ToString("N"));

    public TestDatabase()
    {
        Directory.CreateDirectory(_folder);
        ConnectionString = $"Data Source={Path.Combine(_folder, "studybot.db")};Pooling=False";
        using var db = CreateContext();
        db.Database.Migrate();
    }

    public string ConnectionString { get; }

    public StudyBotDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<StudyBotDbContext>().UseSqlite(ConnectionString).Options);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A lingering handle on a temp file is harmless; the OS cleans temp folders.
        }
    }
}
