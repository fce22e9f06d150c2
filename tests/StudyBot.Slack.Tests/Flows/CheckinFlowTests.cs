using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using StudyBot.Slack.Tests.Fakes;

namespace StudyBot.Slack.Tests.Flows;

/// <summary>Check-ins on Slack: the prompt's button opens a modal (views.open), the submission is stored, and /stats uploads its chart.</summary>
public sealed class CheckinFlowTests : IAsyncLifetime
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
    public async Task TheCheckInButton_OpensAModal_AndItsSubmissionRecordsTheCheckin()
    {
        await PostCommandAsync("group create name:\"Algo Club\"");
        await PostCommandAsync("goal add title:\"Read SICP\" target:\"12 chapters\"");
        long groupId;
        await using (var db = _host.Db())
        {
            groupId = await db.Groups.Select(g => g.Id).SingleAsync();
        }

        await _host.PostSignedAsync("slack/interactions", "payload=" + Uri.EscapeDataString(Payloads.ButtonPress($"checkin-open:{groupId}", _slack.HookUrl("b1")).ToJsonString()));

        var opened = await _slack.WaitForCallAsync("views.open");
        Assert.Equal("trig-2", opened.Arg("trigger_id"));
        var view = opened.Args["view"]!.AsObject();
        Assert.Equal($"checkin:{groupId}", view["callback_id"]!.GetValue<string>());
        Assert.Equal(["did", "goal-1", "blockers"], view["blocks"]!.AsArray().Select(b => b!["block_id"]!.GetValue<string>()));

        await PostInteractionAsync(Payloads.Submission(view, new Dictionary<string, string> { ["did"] = "Chapter 2", ["goal-1"] = "2", ["blockers"] = "Need a study partner" }));

        // Private: only the member sees it.
        var answer = await _slack.WaitForCallAsync("chat.postEphemeral");
        Assert.Equal("U1", answer.Arg("user"));
        Assert.StartsWith("Checked in for Algo Club", answer.Arg("text"), StringComparison.Ordinal);
        await using var after = _host.Db();
        var checkin = await after.Checkins.SingleAsync();
        Assert.Equal(("Chapter 2", "Need a study partner"), (checkin.Did, checkin.Blockers));
        Assert.Equal(2m, (await after.Goals.SingleAsync()).Progress);
    }

    [Fact]
    public async Task Stats_UploadTheChartToTheMembersDm()
    {
        await PostCommandAsync("group create name:\"Algo Club\"");
        await PostCommandAsync("checkin schedule days:daily time:20:00");

        await PostCommandAsync("stats");

        var reserve = await _slack.WaitForCallAsync("files.getUploadURLExternal");
        Assert.Equal("stats.png", reserve.Arg("filename"));
        var upload = await _slack.WaitForCallAsync("upload");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], upload.Body.Take(4));
        await _slack.WaitForCallAsync("files.completeUploadExternal");
    }

    private Task<HttpResponseMessage> PostCommandAsync(string text) =>
        _host.PostSignedAsync("slack/commands", Payloads.Form(Payloads.SlashCommand(text, _slack.HookUrl("h1"))));

    private Task<HttpResponseMessage> PostInteractionAsync(JsonObject payload) =>
        _host.PostSignedAsync("slack/interactions", "payload=" + Uri.EscapeDataString(payload.ToJsonString()));
}
