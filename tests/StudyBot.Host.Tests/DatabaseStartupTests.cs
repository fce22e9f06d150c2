using Microsoft.Data.Sqlite;
using StudyBot.Testing;

namespace StudyBot.Host.Tests;

/// <summary>A database StudyBot cannot use stops start-up with one line that says what is wrong, and exit status 2.</summary>
public sealed class DatabaseStartupTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);
    private readonly string _folder = Directory.CreateTempSubdirectory("studybot-baddb-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp folders.
        }
    }

    [Fact]
    public async Task AFileThatIsNotADatabase()
    {
        var file = Path.Combine(_folder, "studybot.db");
        await File.WriteAllBytesAsync(file, Enumerable.Range(0, 20_000).Select(i => (byte)(i * 7919)).ToArray());

        await AssertRefusedAsync(file, $"StudyBot cannot start: the database {file} is damaged or not a database");
    }

    [Fact]
    public async Task ADatabaseWithADamagedPage()
    {
        var file = await UsedDatabaseAsync();
        await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write))
        {
            stream.Seek(4096 * 3, SeekOrigin.Begin);
            await stream.WriteAsync(new byte[8192]);
        }

        await AssertRefusedAsync(file, $"StudyBot cannot start: the database {file} is damaged (");
    }

    [Fact]
    public async Task AFolderWhereTheFileShouldBe()
    {
        var file = Path.Combine(_folder, "studybot.db");
        Directory.CreateDirectory(file);

        await AssertRefusedAsync(file, $"StudyBot cannot start: StudyBot cannot open the database {file}");
    }

    [Fact]
    public async Task ADatabaseANewerStudyBotMigrated_IsNotWrittenTo()
    {
        var file = await UsedDatabaseAsync();
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO __EFMigrationsHistory VALUES ('20991231000000_FromTheFuture', '11.0.0')";
            await insert.ExecuteNonQueryAsync();
        }

        var before = await File.ReadAllBytesAsync(file);
        await AssertRefusedAsync(file, $"StudyBot cannot start: the database {file} was last used by a newer StudyBot (it has migration 20991231000000_FromTheFuture");
        Assert.Equal(before, await File.ReadAllBytesAsync(file));
    }

    [SkippableFact]
    public async Task AReadOnlyDisk()
    {
        using var disk = TmpfsMount.TryMount(16);
        Skip.If(disk is null, "this machine does not allow mounting a tmpfs (needs root)");
        var file = await UsedDatabaseAsync(disk.Path);
        disk.MakeReadOnly();

        await AssertRefusedAsync(file, $"StudyBot cannot start: the folder of the database, {disk.Path}, is read-only");
    }

    [SkippableFact]
    public async Task AFullDisk()
    {
        using var disk = TmpfsMount.TryMount(16);
        Skip.If(disk is null, "this machine does not allow mounting a tmpfs (needs root)");
        disk.Fill();

        await AssertRefusedAsync(Path.Combine(disk.Path, "studybot.db"), "StudyBot cannot start: the disk holding the database");
    }

    private async Task AssertRefusedAsync(string file, string expected)
    {
        using var process = StudyBotProcess.Start(_folder, $"Database:ConnectionString=Data Source={file}");

        var exit = await process.EndInputAndWaitAsync(Guard);

        Assert.Equal(2, exit);
        var error = Assert.Single(process.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        Assert.Empty(process.Lines);
    }

    // A database StudyBot made and used, in the given folder (default: the test's own).
    private async Task<string> UsedDatabaseAsync(string? folder = null)
    {
        var file = Path.Combine(folder ?? _folder, "studybot.db");
        using var process = StudyBotProcess.Start(_folder, $"Database:ConnectionString=Data Source={file}");
        process.Send("/group create name:\"Algo Club\"");
        process.Send(":quit");
        Assert.Equal(0, await process.EndInputAndWaitAsync(Guard));
        return file;
    }
}
