using StudyBot.Testing;

namespace StudyBot.Host.Tests.ConsoleAdapter;

/// <summary>
/// The README's tours run one after another on one database, as a reader trying them would: none collides with
/// another's group, channel or meetings, and each still reaches its end.
/// </summary>
public sealed class ToursInSequenceTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(120);
    private static readonly string[] Collisions = ["already exists", "already a member", "several meetings", "Something went wrong", "has no meeting", "Unknown"];
    private readonly string _folder = Directory.CreateTempSubdirectory("studybot-tours-").FullName;

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

    [Theory]
    [InlineData("meetings", "roles", "checkins", "polls")]
    public async Task EveryTour_OnTheSameDatabase_RunsWithoutACollision(params string[] tours)
    {
        var endings = new Dictionary<string, string>
        {
            ["meetings"] = "RRULE:FREQ=WEEKLY;BYDAY=TU",
            ["roles"] = "[#papers] Roles for **Weekly review** (Paper Club) on Tue 30 Mar 2027 19:00 CEST:",
            ["checkins"] = "[#exam-prep] **Exam Prep: weekly check-in digest**",
            ["polls"] = "[#lisp] 📊 Poll #1 has closed",
        };
        foreach (var tour in tours)
        {
            using var process = StudyBotProcess.Start(_folder, "--simulated-clock");
            foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "tours", tour + ".txt")))
            {
                process.Send(line);
            }

            Assert.Equal(0, await process.EndInputAndWaitAsync(Guard));
            var output = process.Output;
            Assert.All(Collisions, c => Assert.DoesNotContain(c, output, StringComparison.Ordinal));
            Assert.Contains(process.Lines, l => l.Trim().StartsWith(endings[tour], StringComparison.Ordinal));
        }
    }
}
