using StudyBot.Testing;

namespace StudyBot.Host.Tests.ConsoleAdapter;

/// <summary>
/// The README's meeting tour (docs/tours/meetings.txt) through the real program on a simulated clock: the meeting's card
/// is posted at scheduling and updated in place when bob presses Going, reminders mention who is coming, carol (who
/// chose DMs) gets hers by DM, and each meeting's start closes its card and posts the next one.
/// </summary>
public sealed class MeetingTourTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(90);
    private readonly string _folder = Directory.CreateTempSubdirectory("studybot-meetings-").FullName;

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
    public async Task TheMeetingTour_KeepsOneLiveCardPerMeeting_AndRemindsWhoIsComing()
    {
        using var process = StudyBotProcess.Start(_folder, "--simulated-clock");
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "tours", "meetings.txt")))
        {
            process.Send(line);
        }

        Assert.Equal(0, await process.EndInputAndWaitAsync(Guard));
        var lines = process.Lines.ToList();
        var all = string.Join("\n", lines);

        // Scheduling posts the card; bob's press and carol's answer update that same card, shown as an update.
        var card = lines.IndexOf("[#general] **Weekly review** (Algo Club): Tue 16 Mar 2027 19:00 CET. Coming? Answer with the buttons or `/meeting rsvp`.");
        Assert.True(card >= 0, all);
        Assert.Equal(["  Going (0): —", "  Maybe (0): —", "  Can't (0): —", "  [Going] [Maybe] [Can't]  (press with :press <label>)"], lines.Skip(card + 3).Take(4));
        // The dispatcher may deliver bob's update before carol answers, or only the newer one: the last one counts.
        var updated = lines.LastIndexOf("[#general] (updated) **Weekly review** (Algo Club): Tue 16 Mar 2027 19:00 CET. Coming? Answer with the buttons or `/meeting rsvp`.");
        Assert.True(updated > card, all);
        Assert.Equal(["  Going (1): bob", "  Maybe (1): carol", "  Can't (0): —"], lines.Skip(updated + 3).Take(3));
        Assert.Single(lines, l => l.StartsWith("[#general] **Weekly review** (Algo Club): Tue 16 Mar", StringComparison.Ordinal));

        // The channel's reminders mention bob (going); carol chose DMs, so she gets hers there and is not mentioned.
        var reminder = lines.IndexOf("[#general] Reminder: **Weekly review** (Algo Club) starts in 1 day, at Tue 16 Mar 2027 19:00 CET.");
        Assert.Equal("  Going: @bob", lines[reminder + 1]);
        Assert.DoesNotContain(lines, l => l.StartsWith("[#general]", StringComparison.Ordinal) && l.Contains("@carol", StringComparison.Ordinal));
        Assert.Equal(6, lines.Count(l => l.StartsWith("[DM @carol] Reminder: **Weekly review**", StringComparison.Ordinal)));
        Assert.Equal(6, lines.Count(l => l.StartsWith("[#general] Reminder: **Weekly review**", StringComparison.Ordinal)));

        // Each meeting's start closes its card (the list stays, the buttons go) and posts the next meeting's.
        var closed = lines.IndexOf("[#general] (updated) **Weekly review** (Algo Club) began at Tue 16 Mar 2027 19:00 CET.");
        Assert.True(closed > reminder, all);
        Assert.Equal("  Going (1): bob", lines[closed + 3]);
        Assert.StartsWith("[#general] **Weekly review** (Algo Club): Tue 23 Mar 2027 19:00 CET.", lines[closed + 6], StringComparison.Ordinal);
        Assert.Contains("[#general] **Weekly review** (Algo Club): Tue 30 Mar 2027 19:00 CEST. Coming? Answer with the buttons or `/meeting rsvp`.", lines);
        Assert.DoesNotContain(process.Errors.Split('\n'), l => l.Contains("fail", StringComparison.OrdinalIgnoreCase));
    }
}
