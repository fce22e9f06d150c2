using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using StudyBot.Slack.Tests.Fakes;

namespace StudyBot.Slack.Tests.Flows;

/// <summary><c>/study group edit</c>: a modal with the current texts (views.open), and its submission stored.</summary>
public sealed class GroupEditFormTests : IAsyncLifetime
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
    public async Task GroupEdit_OpensAModalWithTheCurrentTexts_AndTheSubmissionUpdatesTheGroup()
    {
        await PostCommandAsync("group create name:\"Algo Club\" charter:\"Come prepared\"");

        var ack = await PostCommandAsync("group edit");

        Assert.Equal(string.Empty, await ack.Content.ReadAsStringAsync());
        var opened = await _slack.WaitForCallAsync("views.open");
        Assert.Equal("trig-1", opened.Arg("trigger_id"));
        var view = opened.Args["view"]!.AsObject();
        await using (var db = _host.Db())
        {
            Assert.Equal($"group-edit:{await db.Groups.Select(g => g.Id).SingleAsync()}", view["callback_id"]!.GetValue<string>());
        }

        var inputs = view["blocks"]!.AsArray().Select(b => b!["element"]!).ToList();
        Assert.Null(inputs[0]["initial_value"]);
        Assert.Equal("Come prepared", inputs[1]["initial_value"]!.GetValue<string>());
        Assert.All(inputs, i => Assert.True(i!["multiline"]!.GetValue<bool>()));

        var submitted = await PostInteractionAsync(Payloads.Submission(view, new Dictionary<string, string> { ["description"] = "Weekly algorithms practice", ["charter"] = "Come prepared" }));

        Assert.Equal(string.Empty, await submitted.Content.ReadAsStringAsync());
        var answer = await _slack.WaitForCallAsync("chat.postMessage");
        Assert.Equal("C1", answer.Arg("channel"));
        Assert.Equal("Updated Algo Club: description.", answer.Arg("text"));
        await using var after = _host.Db();
        var group = await after.Groups.SingleAsync();
        Assert.Equal(("Weekly algorithms practice", "Come prepared"), (group.Description, group.Charter));
    }

    private Task<HttpResponseMessage> PostCommandAsync(string text) =>
        _host.PostSignedAsync("slack/commands", Payloads.Form(Payloads.SlashCommand(text, _slack.HookUrl("h1"))));

    private Task<HttpResponseMessage> PostInteractionAsync(JsonObject payload) =>
        _host.PostSignedAsync("slack/interactions", "payload=" + Uri.EscapeDataString(payload.ToJsonString()));
}
