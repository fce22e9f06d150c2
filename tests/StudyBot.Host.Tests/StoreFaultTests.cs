using Microsoft.Data.Sqlite;
using StudyBot.Testing;

namespace StudyBot.Host.Tests;

/// <summary>
/// The real program with its database locked by someone else, or its disk full: each command gets a clear line,
/// the host keeps running, and once the store is usable again everything catches up, nothing lost.
/// </summary>
public sealed class StoreFaultTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(90);
    private readonly string _folder = Directory.CreateTempSubdirectory("studybot-faults-").FullName;

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
    public async Task AWriteLockHeldPastTheTimeout_GetsTryAgain_ReadsStillWork_AndTheHostCarriesOn()
    {
        var file = Path.Combine(_folder, "studybot.db");
        using var process = StudyBotProcess.Start(_folder, $"Database:ConnectionString=Data Source={file};Default Timeout=1");
        process.Send("/group create name:\"Algo Club\"");
        await process.WaitForLineAsync(l => l.StartsWith("Created **Algo Club**", StringComparison.Ordinal), Guard);

        await using (var other = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await other.OpenAsync();
            await using var hold = other.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE";
            await hold.ExecuteNonQueryAsync();

            process.Send("/group create name:\"Chess Club\"");
            var refused = await process.WaitForLineAsync(l => l.Contains("busy", StringComparison.Ordinal), Guard);
            process.Send("/group list");
            await process.WaitForLineAsync(l => l.StartsWith("(only @you can see this) Study groups:", StringComparison.Ordinal), Guard);

            Assert.Equal("(only @you can see this) StudyBot is busy saving other changes and could not save yours; nothing was changed. Please try again in a moment.", refused);
        }

        process.Send("/group create name:\"Chess Club\"");
        await process.WaitForLineAsync(l => l.StartsWith("Created **Chess Club**", StringComparison.Ordinal), Guard);
        process.Send(":quit");
        Assert.Equal(0, await process.EndInputAndWaitAsync(Guard));
    }

    [SkippableFact]
    public async Task ADiskThatFillsUpWhileRemindersFallDue_NeitherStopsTheHostNorLosesOrRepeatsThem()
    {
        using var disk = TmpfsMount.TryMount(16);
        Skip.If(disk is null, "this machine does not allow mounting a tmpfs (needs root)");
        using var process = StudyBotProcess.Start(_folder, "--simulated-clock", $"Database:ConnectionString=Data Source={Path.Combine(disk.Path, "studybot.db")}");
        process.Send(":clock set 2027-03-15T12:00:00Z");
        process.Send("/group create name:\"Algo Club\" timezone:Europe/Berlin");
        process.Send("/meeting schedule group:\"Algo Club\" title:\"Weekly review\" start:\"2027-03-16 19:00\" repeat:\"every tue\" reminders:\"1d,15m\"");
        await process.WaitForLineAsync(l => l.StartsWith("  Reminders: 1 day and 15 minutes before.", StringComparison.Ordinal), Guard);

        // The meeting's card is delivered before the disk fills: the scenario is about reminders falling due meanwhile.
        await process.WaitForLineAsync(l => l.StartsWith("[#general] **Weekly review** (Algo Club): Tue 16 Mar 2027", StringComparison.Ordinal), Guard);
        disk.Fill();
        process.Send("/meeting skip date:2027-03-23");
        await process.WaitForLineAsync(l => l.Contains("its disk is full", StringComparison.Ordinal), Guard);
        process.Send(":clock advance 2d");
        await process.WaitForLineAsync(l => l.StartsWith("(clock:", StringComparison.Ordinal), Guard);

        disk.Free();
        process.Send(":clock advance 8d");
        await process.WaitForLineAsync(l => l.StartsWith("(clock: 2027-03-25", StringComparison.Ordinal), Guard);
        process.Send(":quit");

        Assert.Equal(0, await process.EndInputAndWaitAsync(Guard));
        var reminders = process.Lines.Where(l => l.StartsWith("[#general] Reminder:", StringComparison.Ordinal)).ToList();
        Assert.Equal(
        [
            "[#general] Reminder: **Weekly review** (Algo Club) starts in 1 day, at Tue 16 Mar 2027 19:00 CET.",
            "[#general] Reminder: **Weekly review** (Algo Club) starts in 15 minutes, at Tue 16 Mar 2027 19:00 CET.",
            "[#general] Reminder: **Weekly review** (Algo Club) starts in 1 day, at Tue 23 Mar 2027 19:00 CET.",
            "[#general] Reminder: **Weekly review** (Algo Club) starts in 15 minutes, at Tue 23 Mar 2027 19:00 CET.",
        ],
        reminders);
    }
}
