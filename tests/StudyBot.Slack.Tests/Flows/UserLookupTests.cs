using System.Text.Json.Nodes;
using StudyBot.Slack.Tests.Fakes;

namespace StudyBot.Slack.Tests.Flows;

/// <summary>users.info never holds up an answer: lookups are shared, cached, and only briefly waited for.</summary>
public sealed class UserLookupTests : IAsyncLifetime
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(500);
    private FakeSlackServer _slack = null!;
    private SlackTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _host = await SlackTestHost.StartAsync(_slack, socketMode: false);
    }

    public async Task DisposeAsync()
    {
        _slack.UsersInfoGate?.TrySetResult();
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task ABurstOfNewUsers_WhileSlackIsSlow_IsAnsweredInline_WithTheNamesThePayloadsCarry()
    {
        await Post("group create name:\"Algo Club\" timezone:Europe/Berlin", "UORG", "organizer");
        _slack.UsersInfoGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _host.Clock.ForgetTimers();

        var commands = Enumerable.Range(0, 32).Select(i => Post("group join name:\"Algo Club\"", $"U{i:00}", $"newbie{i}")).ToList();
        for (var i = 0; i < commands.Count; i++)
        {
            await _host.Clock.WaitForTimerAsync(Budget);
        }

        _host.Time.Advance(Budget);
        var answers = await Task.WhenAll(commands);

        foreach (var answer in answers)
        {
            var body = await answer.Content.ReadAsStringAsync();
            Assert.False(string.IsNullOrEmpty(body), "an empty acknowledgement means the answer came later");
            Assert.Equal("in_channel", JsonNode.Parse(body)!["response_type"]!.GetValue<string>());
        }

        await using var db = _host.Db();
        Assert.Equal(Enumerable.Range(0, 32).Select(i => $"newbie{i}").Append("Member").Order(), db.GroupMembers.Select(m => m.DisplayName).ToList().Order());
    }

    [Fact]
    public async Task ConcurrentCommandsOfOneNewUser_ShareOneLookup_AndLaterOnesUseItsAnswer()
    {
        _slack.UsersInfoGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _slack.Users["U1"] = FakeSlackServer.PlainUser("U1", "Alice Smith");
        _host.Clock.ForgetTimers();

        var first = Post("group create name:\"Algo Club\"", "U1", "alice");
        var second = Post("help", "U1", "alice");
        await _host.Clock.WaitForTimerAsync(Budget);
        await _host.Clock.WaitForTimerAsync(Budget);
        _slack.UsersInfoGate.SetResult();
        await Task.WhenAll(first, second);
        var info = await Post("group info name:\"Algo Club\"", "U1", "alice");

        Assert.Equal(1, _slack.Count("users.info"));
        Assert.Contains("Alice Smith", await info.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWorkspaceAdminSlackIsSlowToName_IsStillLetIntoAnOrganizersCommand()
    {
        await Post("group create name:\"Algo Club\"", "U1", "alice");
        _slack.Users["U9"] = FakeSlackServer.PlainUser("U9", "Boss", admin: true);
        _slack.UsersInfoGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _host.Clock.ForgetTimers();

        var settings = Post("group settings name:\"Algo Club\" charter:\"Be kind\"", "U9", "boss");
        await _host.Clock.WaitForTimerAsync(Budget);
        _host.Time.Advance(Budget);

        // Refused as a plain member at first, the router asks Slack whether U9 is an admin, and waits for it.
        _slack.UsersInfoGate.SetResult();
        var body = await (await settings).Content.ReadAsStringAsync();
        await _host.IdleAsync();

        var answer = string.IsNullOrEmpty(body) ? (await _slack.WaitForCallAsync("response_url")).Arg("text") : JsonNode.Parse(body)!["text"]!.GetValue<string>();
        Assert.Contains("Updated Algo Club: charter.", answer, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> Post(string text, string user, string userName)
    {
        var command = Payloads.SlashCommand(text, _slack.HookUrl("h-" + user), user: user);
        command["user_name"] = userName;
        return _host.PostSignedAsync("slack/commands", Payloads.Form(command));
    }
}
