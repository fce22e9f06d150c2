using StudyBot.Testing;

namespace StudyBot.Host.Tests.ConsoleAdapter;

/// <summary>
/// An organizer's week on the console with two meetings in one group, through the real program on a simulated clock:
/// answering without naming a meeting, editing one from its next meeting on, recording last Tuesday's attendance,
/// moving by weekday, and moving the group to another zone after seeing what that does.
/// </summary>
public sealed class MeetingFlowConsoleTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(120);
    private readonly string _folder = Directory.CreateTempSubdirectory("studybot-meeting-flow-").FullName;

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
    public async Task TwoMeetings_EditedMovedAndAnswered_ThenTheZoneChangesOnceConfirmed()
    {
        using var process = StudyBotProcess.Start(_folder, "--simulated-clock");
        string[] script =
        [
            ":clock set 2027-03-15T12:00:00Z",
            "/group create name:\"Algo Club\" timezone:Europe/Berlin",
            "/meeting schedule group:\"Algo Club\" title:\"Weekly review\" start:\"2027-03-16 19:00\" repeat:\"every tue\"",
            "/meeting schedule group:\"Algo Club\" title:\"Paper club\" start:\"2027-03-18 18:00\" repeat:\"every thu\"",
            ":clock advance 2d",
            "/meeting rsvp status:going",
            "/meeting edit meeting:\"Weekly review\" time:19:30",
            ":clock advance 1m",
            "/meeting attendance date:\"last tue\" present:\"@you\"",
            "/meeting move meeting:\"Weekly review\" date:2027-03-23 to:\"thu 18:00\"",
            "/group settings name:\"Algo Club\" timezone:America/New_York",
            ":press Change to America/New_York",
        ];
        foreach (var line in script)
        {
            process.Send(line);
        }

        Assert.Equal(0, await process.EndInputAndWaitAsync(Guard));
        var lines = process.Lines.ToList();
        var all = string.Join("\n", lines);

        Assert.Contains(lines, l => l.StartsWith("(only @you can see this) Noted: you are going to **Paper club** on Thu 18 Mar 2027 18:00 CET", StringComparison.Ordinal));
        Assert.Contains("(only @you can see this) Updated #3 **Weekly review** from Tue 23 Mar 2027: time 19:00 → 19:30.", all, StringComparison.Ordinal);
        Assert.Contains("Meetings before then keep their settings as #1; from then on it is #3", all, StringComparison.Ordinal);
        // The clock step lets the outbox deliver the group's announcement, as it does on a running bot.
        Assert.Contains("[#general] **Weekly review** changes from Tue 23 Mar 2027: time 19:00 → 19:30.", all, StringComparison.Ordinal);
        Assert.Contains("(only @you can see this) Recorded attendance for **Weekly review** on Tue 16 Mar 2027 19:00 CET: @you.", all, StringComparison.Ordinal);
        Assert.Contains("Moved #3 **Weekly review** from Tue 23 Mar 2027 19:30 CET to Thu 25 Mar 2027 18:00 CET.", all, StringComparison.Ordinal);
        var preview = lines.FindIndex(l => l.StartsWith("(only @you can see this) Changing **Algo Club** from Europe/Berlin to America/New_York", StringComparison.Ordinal));
        Assert.True(preview >= 0, all);
        Assert.Contains(lines.Skip(preview), l => l.StartsWith("  • Paper club: the next one, Thu 18 Mar 2027 18:00 CET, would be Thu 18 Mar 2027 18:00 EDT", StringComparison.Ordinal));
        Assert.Contains(lines.Skip(preview), l => l.StartsWith("Updated **Algo Club**: time zone → America/New_York.", StringComparison.Ordinal));
    }
}
