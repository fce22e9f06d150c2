using StudyBot.Testing;

namespace StudyBot.Host.Tests.ConsoleAdapter;

/// <summary>Times on the console read in the group's zone, and in the reader's own when they set another.</summary>
public sealed class ConsoleTimesTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AReaderInAnotherZone_SeesTheirTimeToo_OthersOnlyTheGroups()
    {
        var output = await ConsoleScript.RunAsync(_database.ConnectionString, ConsoleScript.Lines(
            "/group create name:\"Algo Club\" timezone:Europe/Berlin",
            "/timezone set zone:Asia/Tokyo",
            "/meeting schedule group:\"Algo Club\" title:\"Weekly review\" start:\"2030-03-16 19:00\"",
            ":as bob",
            "/timezone set zone:Europe/Paris",
            "/meeting list group:\"Algo Club\""));

        var lines = output.Split('\n');
        Assert.Contains("  When: Sat 16 Mar 2030 19:00 CET (Sun 17 Mar 2030 03:00 JST for you)", lines);
        // Paris keeps the same clock as Berlin, so bob reads the time once.
        Assert.Contains(lines, l => l.StartsWith("  • Sat 16 Mar 2030 19:00 CET: #1 **Weekly review**", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("for you", StringComparison.Ordinal) && l.StartsWith("  •", StringComparison.Ordinal));
    }
}
