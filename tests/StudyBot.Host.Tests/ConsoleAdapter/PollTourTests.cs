using StudyBot.Testing;

namespace StudyBot.Host.Tests.ConsoleAdapter;

/// <summary>
/// The README's poll tour (docs/tours/polls.txt) through the real program on a simulated clock: a goal poll with a
/// changed vote, its card updated in place, closed at its deadline, and the winner a group goal.
/// </summary>
public sealed class PollTourTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(90);
    private readonly string _folder = Directory.CreateTempSubdirectory("studybot-polls-").FullName;

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
    public async Task ThePollTour_RunsAGoalPollToItsEnd()
    {
        using var process = StudyBotProcess.Start(_folder, "--simulated-clock");
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "tours", "polls.txt")))
        {
            process.Send(line);
        }

        Assert.Equal(0, await process.EndInputAndWaitAsync(Guard));

        var lines = process.Lines.ToList();
        var closed = lines.FindIndex(l => l.StartsWith("[#lisp] 📊 Poll #1 has closed", StringComparison.Ordinal));
        Assert.True(closed >= 0, string.Join("\n", lines));
        Assert.Equal(
            [
                "[#lisp] 📊 Poll #1 has closed: **What should our next group goal be?**",
                "  Winner: **Build a Lisp interpreter** with 2 votes (3 members voted).",
                "  1. Finish SICP chapter 3 — 1 vote: @you",
                "  2. Build a Lisp interpreter — 2 votes: @bob, @cy",
                "  3. Solve 30 exercises — 0 votes",
                "  New group goal #1: **Build a Lisp interpreter**, due Wed 31 Mar 2027. Record progress with `/goal progress goal:#1 amount:1`.",
            ],
            lines.Skip(closed).Take(6));

        // cy changed their vote before the deadline; the card in the channel was updated in place, then closed.
        Assert.Contains("(only @cy can see this) Poll #1: Changed your vote from **Finish SICP chapter 3** to **Build a Lisp interpreter**. You can change it until Wed 3 Mar 2027 18:00 CET.", lines);
        Assert.Contains(lines, l => l.StartsWith("[#lisp] (updated) 📊 **Poll #1** (closed)", StringComparison.Ordinal));
        Assert.Contains("  • #1 **Build a Lisp interpreter** (group goal): 0 so far, due Wed 31 Mar 2027", lines);
        Assert.DoesNotContain(process.Errors.Split('\n'), l => l.Contains("fail", StringComparison.OrdinalIgnoreCase));
    }
}
