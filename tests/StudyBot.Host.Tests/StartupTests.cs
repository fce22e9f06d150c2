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
    [InlineData("Outbox:BatchSize=0", "StudyBot cannot start: Outbox:BatchSize must be from 1 to 10000; it is 0.")]
    [InlineData("Outbox:BatchSize=lots", "StudyBot cannot start: Failed to convert configuration value")]
    [InlineData("Outbox:MaxRetryDelay=00:00:01", "StudyBot cannot start: Outbox:MaxRetryDelay must be at least Outbox:FirstRetryDelay (00:00:02); it is 00:00:01.")]
    [InlineData("Scheduler:SweepInterval=00:00:00", "StudyBot cannot start: Scheduler:SweepInterval must be from 00:00:01 to 01:00:00; it is 00:00:00.")]
    [InlineData("Scheduler:MaxAttempts=0", "StudyBot cannot start: Scheduler:MaxAttempts must be from 1 to 100; it is 0.")]
    [InlineData("Database:ConnectionString=Flavour=sqlite", "StudyBot cannot start: Database:ConnectionString is not a valid SQLite connection string: Connection string keyword 'flavour' is not supported")]
    [InlineData("Console:User=two words", "StudyBot cannot start: Console:User must be one word")]
    public async Task AMissingKey_IsOneLineAndExitStatus2_NotAStackTrace(string setting, string expected)
    {
        using var process = StudyBotProcess.Start(_folder, setting);

        var exit = await process.EndInputAndWaitAsync(Guard);

        Assert.Equal(2, exit);
        Assert.StartsWith(expected, process.Errors.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", process.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-real-token", process.Errors, StringComparison.Ordinal);
        Assert.Single(process.Errors.Trim().Split('\n'));
    }
}
