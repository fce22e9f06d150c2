using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using StudyBot.Host.ConsoleAdapter;

namespace StudyBot.Host.Tests.ConsoleAdapter;

/// <summary>Runs the real host in-process with a script on standard input and returns what it printed.</summary>
internal static class ConsoleScript
{
    /// <summary>Fails a hung host instead of blocking the test run; a healthy run ends in well under a second.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    public static async Task<string> RunAsync(string connectionString, string script, bool interactive = false)
    {
        using var output = new StringWriter();
        using var host = Build(connectionString, new ConsoleOutput(new StringReader(script), output, interactive));

        await host.RunAsync().WaitAsync(Guard);
        return output.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>The real host over the database, talking through <paramref name="console"/>; not started.</summary>
    public static IHost Build(string connectionString, ConsoleOutput console) =>
        StudyBotHost.Build(
            [],
            console: console,
            configure: c => c.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:ConnectionString"] = connectionString,
                ["Logging:LogLevel:Default"] = "Warning",
            }));

    public static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";
}
