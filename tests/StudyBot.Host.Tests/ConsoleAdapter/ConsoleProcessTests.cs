using System.Diagnostics;

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
        var start = new ProcessStartInfo(DotnetHost(), [StudyBotDll()])
        {
            WorkingDirectory = _workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Run on the shipped defaults, whatever the machine running the tests has set.
        foreach (var variable in new[] { "Database__ConnectionString", "Discord__Token", "Slack__BotToken", "DOTNET_ENVIRONMENT", "ASPNETCORE_ENVIRONMENT" })
        {
            start.Environment.Remove(variable);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(script);
        process.StandardInput.Close();

        using var timeout = new CancellationTokenSource(Guard);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"StudyBot did not exit within {Guard} after its input ended.\n{await output}\n{await errors}");
        }

        return (process.ExitCode, (await output).ReplaceLineEndings("\n"), await errors);
    }

    /// <summary>The dotnet muxer running these tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";

    /// <summary>The StudyBot host's own build output (same configuration and framework as this test assembly).</summary>
    private static string StudyBotDll()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        for (var folder = testOutput; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "StudyBot.Host", "bin", configuration, framework, "StudyBot.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        // The referenced host is also copied beside this assembly with its runtimeconfig.
        var beside = Path.Combine(testOutput.FullName, "StudyBot.dll");
        return File.Exists(beside) ? beside : throw new FileNotFoundException("Build src/StudyBot.Host first; StudyBot.dll was not found.");
    }
}
