using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Host.ConsoleAdapter;
using StudyBot.Testing;

namespace StudyBot.Host.Tests.ConsoleAdapter;

/// <summary>The console prints bot messages, says where each landed, and prints an edit as an update of it.</summary>
public sealed class ConsoleChatSenderTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AnEditOfAPoll_IsPrintedAsAnUpdate_WithItsAnswersAndCounts()
    {
        using var output = new StringWriter();
        using var host = ConsoleScript.Build(_database.ConnectionString, new ConsoleOutput(new StringReader(string.Empty), output, interactive: false));
        var sender = host.Services.GetServices<IChatSender>().Single(s => s.Platform == Platform.Console);
        var poll = new ReplyPoll(5, "Which day?", ["Mon", "Tue"], 24, AllowMultiple: false, Anonymous: true, ResultsHidden: true);

        var landed = await sender.SendAsync(Message("general", null, Reply.Public("Vote!") with { Poll = poll }, "poll:5"), CancellationToken.None);
        var direct = await sender.SendAsync(Message(null, "bob", Reply.Public("Your check-in is due."), "checkin:1:bob"), CancellationToken.None);
        await sender.UpdateAsync(landed!, Message("general", null, Reply.Public("Voting has ended: Tue wins.") with { Poll = poll with { Closed = true, Details = ["1 vote", "2 votes"] } }, "poll:5:closed", "poll:5"), CancellationToken.None);

        Assert.Equal((new SentMessage("general", "1"), new SentMessage("dm:bob", "2")), (landed, direct));
        Assert.Equal(
            ConsoleScript.Lines(
                "[#general] Vote!",
                "    1. Mon",
                "    2. Tue",
                "[DM @bob] Your check-in is due.",
                "[#general] (updated) Voting has ended: Tue wins.",
                "    1. Mon — 1 vote",
                "    2. Tue — 2 votes"),
            output.ToString().ReplaceLineEndings("\n"));
    }

    private static OutboundMessage Message(string? channel, string? user, Reply content, string key, string? editsKey = null) =>
        new(Platform.Console, "console", channel, user, content, key, editsKey);
}
