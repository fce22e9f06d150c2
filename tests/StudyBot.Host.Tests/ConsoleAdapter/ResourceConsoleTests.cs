using StudyBot.Testing;

namespace StudyBot.Host.Tests.ConsoleAdapter;

/// <summary>Resources on the console: a link prints as its title followed by the address.</summary>
public sealed class ResourceConsoleTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ALink_PrintsAsTitleThenUrl_WhenSharedAndListed()
    {
        var output = await ConsoleScript.RunAsync(_database.ConnectionString, ConsoleScript.Lines(
            "/group create name:\"Algo Club\" timezone:Europe/Berlin",
            "/resource add url:https://mitpress.mit.edu/sicp title:\"SICP\" tags:\"sicp, lisp\" note:\"The wizard book\"",
            "/resource list"));

        var lines = output.Split('\n');
        Assert.Equal("@you shared SICP (https://mitpress.mit.edu/sicp) [sicp, lisp] with **Algo Club** (#1).", lines[2]);
        Assert.Equal("  The wizard book", lines[3]);
        Assert.Equal("(only @you can see this) Resources in **Algo Club** (1):", lines[4]);
        Assert.StartsWith("  • #1 SICP (https://mitpress.mit.edu/sicp) [sicp, lisp], from @you on ", lines[5], StringComparison.Ordinal);
        Assert.EndsWith(" — The wizard book", lines[5], StringComparison.Ordinal);
    }
}
