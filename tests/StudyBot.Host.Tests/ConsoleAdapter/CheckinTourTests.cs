using StudyBot.Testing;

namespace StudyBot.Host.Tests.ConsoleAdapter;

/// <summary>
/// The README's check-in tour (docs/tours/checkins.txt) through the real program on a simulated clock: a week
/// of prompts in two zones, one nudge per missed day, check-ins with goal progress, and the digest with its chart.
/// </summary>
public sealed class CheckinTourTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(90);
    private readonly string _folder = Directory.CreateTempSubdirectory("studybot-checkins-").FullName;

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
    public async Task TheCheckinTour_PrintsTheWeeksDigest_WithCountsStreaksGoalsAndAChart()
    {
        using var process = StudyBotProcess.Start(_folder, "--simulated-clock");
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "tours", "checkins.txt")))
        {
            process.Send(line);
        }

        Assert.Equal(0, await process.EndInputAndWaitAsync(Guard));

        var lines = process.Lines.ToList();
        var digest = lines.FindIndex(l => l.StartsWith("[#exam-prep] **Exam Prep: weekly check-in digest**", StringComparison.Ordinal));
        Assert.True(digest >= 0, string.Join("\n", lines));
        Assert.Equal(
            [
                "[#exam-prep] **Exam Prep: weekly check-in digest** (Sun 28 Feb to Sun 7 Mar). 7 check-ins of 10 asked for.",
                "  Check-ins: @you: 5 of 5, streak 5 (best 5)",
                "    @bob: 2 of 5, streak 0 (best 1)",
                "  Goals: #1 Read SICP: 6 of 12 chapters (50%), +6 chapters this week",
                "    Personal goals: progress on 1, 0 done",
                "  Open blockers: None.",
            ],
            lines.Skip(digest).Take(6));
        Assert.Matches(@"^  Attachment checkins-2027-03-07\.png \(image/png, \d{4,6} bytes\)$", lines[digest + 6]);

        // Bob (Tokyo) is prompted at 20:00 his time, 11:00 UTC; each missed day brings one nudge, no more.
        Assert.Equal(5, lines.Count(l => l.StartsWith("[DM @you] Time to check in", StringComparison.Ordinal)));
        Assert.Equal(1, lines.Count(l => l.StartsWith("[DM @you] You haven't checked in for **Exam Prep** yet (Thu 4 Mar). Keep your streak of 3 check-ins going.", StringComparison.Ordinal)));
        Assert.Equal(3, lines.Count(l => l.StartsWith("[DM @bob] You haven't checked in", StringComparison.Ordinal)));
        Assert.Contains("  Streak: 5 (best 5), 1 grace left this week", lines);
        Assert.DoesNotContain(process.Errors.Split('\n'), l => l.Contains("fail", StringComparison.OrdinalIgnoreCase));
    }
}
