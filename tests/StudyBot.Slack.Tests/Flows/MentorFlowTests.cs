using System.Text.Json.Nodes;
using StudyBot.Slack.Tests.Fakes;
using StudyBot.Testing;

namespace StudyBot.Slack.Tests.Flows;

/// <summary>Mentoring on Slack: a question reaches the mentor by DM with a Reply button, which opens a modal whose answer reaches the member by DM.</summary>
public sealed class MentorFlowTests : IAsyncLifetime
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
    public async Task AQuestion_ReachesTheMentorByDm_AndTheirAnswerFromTheModalReachesTheMember()
    {
        await CommandAsync("group create name:\"Algo Club\" timezone:Europe/Berlin", "U1");
        await CommandAsync("group join name:\"Algo Club\"", "U2");
        await CommandAsync("mentor link member:<@U2> mentor:<@U3>", "U2");
        await CommandAsync("mentor ask question:\"How do I start exercise 3.2?\"", "U2");

        await OutboxRun.DeliverDueAsync(_host.Services, _host.Time);
        var opened = await _slack.WaitForCallAsync("conversations.open", c => c.Arg("users") == "U3");
        var question = await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("text").Contains("asks for your help", StringComparison.Ordinal));
        Assert.Equal("DU3", question.Arg("channel"));
        Assert.NotNull(opened);

        await PostInteractionAsync(Payloads.ButtonPress("mentor-reply:1:q1", _slack.HookUrl("b1"), user: "U3"));
        var modal = await _slack.WaitForCallAsync("views.open");
        var view = modal.Args["view"]!.AsObject();
        Assert.Equal("mentor-answer:1:q1", view["callback_id"]!.GetValue<string>());

        await PostInteractionAsync(Payloads.Submission(view, new Dictionary<string, string> { ["answer"] = "Start from the recursive definition." }, user: "U3"));
        await _slack.WaitForCallAsync("chat.postEphemeral", c => c.Arg("text").StartsWith("Sent your answer", StringComparison.Ordinal));

        await OutboxRun.DeliverDueAsync(_host.Services, _host.Time);
        var answer = await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("text").Contains("answered your question", StringComparison.Ordinal));
        Assert.Equal("DU2", answer.Arg("channel"));
        Assert.Contains("Start from the recursive definition.", answer.Arg("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneElse_CannotAnswerForTheMentor()
    {
        await CommandAsync("group create name:\"Algo Club\" timezone:Europe/Berlin", "U1");
        await CommandAsync("group join name:\"Algo Club\"", "U2");
        await CommandAsync("mentor link member:<@U2> mentor:<@U3>", "U1");

        await PostInteractionAsync(Payloads.ButtonPress("mentor-reply:1:2027-03-05", _slack.HookUrl("b2"), user: "U1"));

        var refused = await _slack.WaitForCallAsync("response_url", c => c.Arg("text").Length > 0);
        Assert.Equal("ephemeral", refused.Arg("response_type"));
        Assert.StartsWith("Only ", refused.Arg("text"), StringComparison.Ordinal);
        Assert.Equal(0, _slack.Count("views.open"));
    }

    [Theory]
    [InlineData("U7", "U7 is not in this workspace, so they cannot be a mentor.")]           // another organisation's user
    [InlineData("U8", "U8's account is deactivated in this workspace, so they cannot be a mentor.")]
    [InlineData("U9", "U9 is not in this workspace, so they cannot be a mentor.")]                // an id Slack does not know
    [InlineData("B1", "B1 is a bot; a mentor has to be a person.")]
    public async Task AMentorWhoIsNotAPersonInThisTeam_IsRefusedPrivately_AndNothingIsStored(string mentor, string error)
    {
        _slack.Users["U7"] = Outsider("U7", "Member7", team: "T2");
        _slack.Users["U8"] = Outsider("U8", "Member8", deleted: true);
        _slack.Users["B1"] = Outsider("B1", "Bot1", bot: true);
        _slack.UnknownUsers.Add("U9");
        await CommandAsync("group create name:\"Algo Club\" timezone:Europe/Berlin", "U1");
        await CommandAsync("group join name:\"Algo Club\"", "U2");

        var refused = await _host.CommandAsync(_slack, $"mentor link member:<@U2> mentor:<@{mentor}>", "U2");

        Assert.Equal("ephemeral", refused["response_type"]!.GetValue<string>());
        Assert.StartsWith(error, refused["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var list = await _host.CommandAsync(_slack, "mentor list", "U2");
        Assert.StartsWith("Algo Club has no mentoring pairs yet.", list["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static JsonObject Outsider(string id, string name, string team = "T1", bool deleted = false, bool bot = false)
    {
        var user = FakeSlackServer.PlainUser(id, name);
        user["team_id"] = team;
        user["deleted"] = deleted;
        user["is_bot"] = bot;
        return user;
    }

    private Task<HttpResponseMessage> PostInteractionAsync(JsonObject payload) =>
        _host.PostSignedAsync("slack/interactions", "payload=" + Uri.EscapeDataString(payload.ToJsonString()));

    private async Task CommandAsync(string text, string user)
    {
        var response = await _host.PostSignedAsync("slack/commands", Payloads.Form(Payloads.SlashCommand(text, _slack.HookUrl("h-" + Guid.NewGuid().ToString("N")), user: user)));
        Assert.True(response.IsSuccessStatusCode);
    }
}
