using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using StudyBot.Slack.Tests.Fakes;
using StudyBot.Testing;

namespace StudyBot.Slack.Tests.Flows;

/// <summary>
/// Polls on Slack: the card is posted with a button per option, a press votes (privately confirmed), the card is
/// updated in place with chat.update, and closing removes the buttons and announces the result.
/// </summary>
public sealed class PollFlowTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;
    private SlackTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _host = await SlackTestHost.StartAsync(_slack, socketMode: false);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Buttons_VoteAndChangeTheVote_TheCardUpdatesInPlace_AndClosingAnnouncesTheWinner()
    {
        await CommandAsync("group create name:\"Algo Club\" timezone:Europe/Berlin", "U1");
        await CommandAsync("group join name:\"Algo Club\"", "U2");
        await CommandAsync("poll create question:\"Which chapter next?\" options:\"Chapter 3 | Chapter 4\"", "U1");

        await OutboxRun.DeliverDueAsync(_host.Services, _host.Time);
        var post = await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("text").Contains("Which chapter next?", StringComparison.Ordinal));
        Assert.Equal(["pollvote:1:0:toggle", "pollvote:1:1:toggle"], ButtonValues(post.Args));

        var first = await PressAsync("pollvote:1:0:toggle", "U2", "Voted for");
        Assert.StartsWith("Voted for *Chapter 3*.", FirstBlockText(first.Args), StringComparison.Ordinal);
        Assert.Equal("ephemeral", first.Arg("response_type"));
        var changed = await PressAsync("pollvote:1:1:toggle", "U2", "Changed your vote");
        Assert.StartsWith("Changed your vote from *Chapter 3* to *Chapter 4*.", FirstBlockText(changed.Args), StringComparison.Ordinal);

        await OutboxRun.DeliverDueAsync(_host.Services, _host.Time);
        var update = await _slack.WaitForCallAsync("chat.update");
        Assert.Equal(("C1", PostedTs(post)), (update.Arg("channel"), update.Arg("ts")));
        var tally = update.Args.ToJsonString();
        Assert.Contains("Chapter 4", tally, StringComparison.Ordinal);
        Assert.Contains("1 vote", tally, StringComparison.Ordinal);

        // Two votes in a row cost one update: the first is superseded before it is sent.
        Assert.Equal(1, _slack.Count("chat.update"));

        await CommandAsync("poll close", "U1");
        await OutboxRun.DeliverDueAsync(_host.Services, _host.Time);
        var closedCard = await _slack.WaitForCallAsync("chat.update", c => c.Args.ToJsonString().Contains("(closed)", StringComparison.Ordinal));
        Assert.Empty(ButtonValues(closedCard.Args));
        var result = await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("text").Contains("has closed", StringComparison.Ordinal));
        Assert.Contains("Winner: *Chapter 4* with 1 vote", FirstBlockText(result.Args), StringComparison.Ordinal);
        await using var db = _host.Db();
        Assert.Equal(1, await db.PollVotes.CountAsync());
        Assert.Equal(2, await db.GroupMembers.CountAsync());
    }

    [Fact]
    public async Task AnAnonymousPoll_ShowsCountsOnly_AndNoLogNamesTheVoter()
    {
        await CommandAsync("group create name:\"Algo Club\" timezone:Europe/Berlin", "U1");
        await CommandAsync("group join name:\"Algo Club\"", "U2");
        await CommandAsync("poll create question:\"Who should lead?\" options:\"Ann | Ben\" anonymous:true", "U1");
        await OutboxRun.DeliverDueAsync(_host.Services, _host.Time);
        var logsBefore = _host.Logs.Lines.Count;

        var vote = await PressAsync("pollvote:1:1:toggle", "U2", "Voted for");
        await OutboxRun.DeliverDueAsync(_host.Services, _host.Time);
        var results = await ResultsAsync("U1");

        Assert.Equal("ephemeral", vote.Arg("response_type"));
        var update = await _slack.WaitForCallAsync("chat.update");
        Assert.Contains("2. Ben — 1 vote", AllText(update.Args), StringComparison.Ordinal);
        Assert.Contains("2. Ben — 1 vote", AllText(JsonNode.Parse(results)!.AsObject()), StringComparison.Ordinal);
        Assert.DoesNotContain("U2", update.Args.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("U2", results, StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Logs.Lines.Skip(logsBefore), l => l.Message.Contains("U2", StringComparison.Ordinal));
    }

    // What /poll results answers the user: inline when it is quick, else through response_url.
    private async Task<string> ResultsAsync(string user)
    {
        var response = await _host.PostSignedAsync("slack/commands", Payloads.Form(Payloads.SlashCommand("poll results", _slack.HookUrl("r-" + Guid.NewGuid().ToString("N")), user: user)));
        var body = await response.Content.ReadAsStringAsync();
        return body.Length > 0
            ? body
            : (await _slack.WaitForCallAsync("response_url", c => c.Args.ToJsonString().Contains("Poll #1:", StringComparison.Ordinal))).Args.ToJsonString();
    }

    // The ts Slack gave the card: the fake numbers posts in order, and the card was the first post in C1.
    private string PostedTs(ApiCall post) =>
        _slack.History("C1").First(m => m["text"]?.ToString() == post.Arg("text"))["ts"]!.ToString();

    private async Task<ApiCall> PressAsync(string action, string user, string answerStart)
    {
        var response = await _host.PostSignedAsync("slack/interactions", "payload=" + Uri.EscapeDataString(Payloads.ButtonPress(action, _slack.HookUrl("p-" + Guid.NewGuid().ToString("N")), user: user).ToJsonString()));
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        return await _slack.WaitForCallAsync("response_url", c => c.Arg("text").StartsWith(answerStart, StringComparison.Ordinal));
    }

    private async Task CommandAsync(string text, string user)
    {
        var response = await _host.PostSignedAsync("slack/commands", Payloads.Form(Payloads.SlashCommand(text, _slack.HookUrl("h-" + Guid.NewGuid().ToString("N")), user: user)));
        Assert.True(response.IsSuccessStatusCode);
    }

    private static string AllText(JsonObject message) =>
        string.Join('\n', MessageBlocks.Blocks(message).Select(b => b!["text"]?["text"]?.GetValue<string>()).OfType<string>());

    private static string FirstBlockText(JsonObject message) => MessageBlocks.FirstText(message);

    private static List<string> ButtonValues(JsonObject message) => MessageBlocks.ButtonValues(message);
}
