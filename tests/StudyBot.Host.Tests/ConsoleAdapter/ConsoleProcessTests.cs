using StudyBot.Testing;

namespace StudyBot.Host.Tests.ConsoleAdapter;

/// <summary>
/// The console as a user runs it: the built StudyBot program, input piped in, default configuration,
/// in a fresh working directory. Slow (a process start each), so kept to one scenario.
/// </summary>
public sealed class ConsoleProcessTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(90);

    private readonly string _workingDirectory = Path.Combine(Path.GetTempPath(), "studybot-process-tests", Guid.NewGuid().ToString("N"));

    public ConsoleProcessTests() => Directory.CreateDirectory(_workingDirectory);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned by the OS eventually.
        }
    }

    [Fact]
    public async Task PipedScript_ExitsWithZero_AndASecondRunFindsTheGroupInDataStudybotDb()
    {
        var first = await RunStudyBotAsync(
            "/group create name:\"Algo Club\" timezone:Europe/Berlin\n:as bob\n/group join name:\"Algo Club\"\n/group info name:\"Algo Club\"\n");

        Assert.True(first.ExitCode == 0, $"exit {first.ExitCode}\n{first.Output}\n{first.Errors}");
        Assert.Contains("Created **Algo Club** in #general, time zone Europe/Berlin. Organizer: @you.\n", first.Output, StringComparison.Ordinal);
        Assert.Contains("  Time zone: Europe/Berlin\n  Home channel: #general\n  Organizers: @you\n  Members (2): @you, @bob\n", first.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_workingDirectory, "data", "studybot.db")), "The default database belongs in data/studybot.db under the working directory.");

        var second = await RunStudyBotAsync("/group info name:\"Algo Club\"\n:quit\n/group list\n");

        Assert.True(second.ExitCode == 0, $"exit {second.ExitCode}\n{second.Output}\n{second.Errors}");
        Assert.Equal("**Algo Club**\n  Time zone: Europe/Berlin\n  Home channel: #general\n  Organizers: @you\n  Members (2): @you, @bob\n", second.Output);
    }

    private async Task<(int ExitCode, string Output, string Errors)> RunStudyBotAsync(string script)
    {
        using var process = StudyBotProcess.Start(_workingDirectory);
        foreach (var line in script.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            process.Send(line);
        }

        var exit = await process.EndInputAndWaitAsync(Guard);
        return (exit, process.Output, process.Errors);
    }
}
