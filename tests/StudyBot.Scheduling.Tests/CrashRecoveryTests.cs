using StudyBot.Testing;

namespace StudyBot.Scheduling.Tests;

/// <summary>The real program killed like kill -9 and started again over the same database.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(90);
    private readonly string _folder = Directory.CreateTempSubdirectory("studybot-crash-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp folders; a lingering handle must not fail the test.
        }
    }

    [Fact]
    public async Task AfterAKill_EveryDueReminderArrivesExactlyOnce()
    {
        using (var first = StudyBotProcess.Start(_folder, "--simulated-clock"))
        {
            first.Send(":clock set 2027-03-15T12:00:00Z");
            first.Send("/group create name:\"Algo Club\" timezone:Europe/Berlin");
            first.Send("/meeting schedule group:\"Algo Club\" title:\"Weekly review\" start:\"2027-03-16 19:00\" repeat:\"every tue\" reminders:\"1d,15m\"");
            first.Send(":clock advance 7h");
            await first.WaitForLineAsync(l => l.StartsWith("[#general] Reminder: **Weekly review** (Algo Club) starts in 1 day", StringComparison.Ordinal), Guard);
            await first.WaitForLineAsync(l => l.StartsWith("(clock: 2027-03-15 19:00 UTC)", StringComparison.Ordinal), Guard);
            first.Kill();
        }

        // Down while the 15-minute reminder fell due (17:45Z); back five minutes before the meeting.
        using var second = StudyBotProcess.Start(_folder, "--simulated-clock");
        second.Send(":clock set 2027-03-16T17:50:00Z");
        second.Send(":clock advance 7d");
        var exit = await second.EndInputAndWaitAsync(Guard);

        var reminders = second.Lines.Where(l => l.StartsWith("[#general] Reminder:", StringComparison.Ordinal)).ToList();
        Assert.Equal(0, exit);
        Assert.Equal(
        [
            "[#general] Reminder: **Weekly review** (Algo Club) starts in 15 minutes, at Tue 16 Mar 2027 19:00 CET.",
            "[#general] Reminder: **Weekly review** (Algo Club) starts in 1 day, at Tue 23 Mar 2027 19:00 CET.",
            "[#general] Reminder: **Weekly review** (Algo Club) starts in 15 minutes, at Tue 23 Mar 2027 19:00 CET.",
        ],
        reminders);
    }
}
