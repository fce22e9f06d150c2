using Microsoft.Data.Sqlite;
using StudyBot.Commands.Catalog;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Routing;

/// <summary>Commands that only read never wait for the write lock another command holds.</summary>
public sealed class ReadOnlyCommandTests : IDisposable
{
    private readonly CommandHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("/group list")]
    [InlineData("/group info name:\"Algo Club\"")]
    [InlineData("/help")]
    [InlineData("/meeting list group:\"Algo Club\"")]
    public async Task AReadOnlyCommand_AnswersWhileAWriterHoldsTheDatabase(string line)
    {
        await _harness.RunAsync("/group create name:\"Algo Club\" timezone:Europe/Berlin");
        await using var writer = new SqliteConnection(_harness.Database.ConnectionString + ";Default Timeout=60");
        await writer.OpenAsync();
        await using var hold = writer.CreateCommand();
        hold.CommandText = "BEGIN IMMEDIATE;";
        await hold.ExecuteNonQueryAsync();

        // A write transaction would wait the 30 s busy timeout here; the guard fails the test long before.
        var reply = await _harness.RunAsync(line, @as: "bob").WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(reply.IsError, reply.Text);
    }

    [Fact]
    public void TheCatalog_MarksOnlyReadingCommandsReadOnly()
    {
        var catalog = (CommandCatalog)_harness.Services.GetService(typeof(CommandCatalog))!;

        Assert.Equal(
            ["away list", "checkin now", "goal list", "group edit", "group info", "group list", "help", "meeting export", "meeting list", "mentor list", "poll list", "poll results", "resource list", "resource search", "role list", "role upcoming", "stats", "timezone show"],
            catalog.Commands.Where(c => c.ReadOnly).Select(c => c.Path).Order(StringComparer.Ordinal));
    }
}
