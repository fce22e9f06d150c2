using StudyBot.Testing;

namespace StudyBot.Host.Tests;

/// <summary>A misconfigured StudyBot stops at once with one line that says what to set.</summary>
public sealed class StartupTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);
    private readonly string _folder = Directory.CreateTempSubdirectory("studybot-startup-").FullName;

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
    [InlineData("Discord:Token=not-a-real-token", "StudyBot cannot start: Discord:ApplicationId is missing or not a number")]
    [InlineData("Slack:BotToken=xoxb-not-real", "StudyBot cannot start: Slack:BotToken is set but neither Slack:AppToken (Socket Mode) nor Slack:SigningSecret (HTTP mode) is")]
    public async Task AMissingKey_IsOneLineAndExitStatus2_NotAStackTrace(string setting, string expected)
    {
        using var process = StudyBotProcess.Start(_folder, setting);

        var exit = await process.EndInputAndWaitAsync(Guard);

        Assert.Equal(2, exit);
        Assert.StartsWith(expected, process.Errors.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", process.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-real-token", process.Errors, StringComparison.Ordinal);
    }
}
