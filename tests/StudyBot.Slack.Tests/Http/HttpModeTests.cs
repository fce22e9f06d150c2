using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands;
using StudyBot.Core;
using StudyBot.Slack.Tests.Fakes;

namespace StudyBot.Slack.Tests.Http;

public sealed class HttpModeTests : IAsyncLifetime
{
    private readonly Gate _gate = new();
    private FakeSlackServer _slack = null!;
    private SlackTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _host = await SlackTestHost.StartAsync(_slack, socketMode: false, services => services.AddSingleton(_gate).AddCommand<SlowCommand>().AddComponent<FakeFormHandler>());
    }

    public async Task DisposeAsync()
    {
        _gate.Open();
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task SlashCommand_GroupCreate_AnswersInChannelAndStoresTheGroup()
    {
        var response = await PostCommandAsync("group create name:\"Algo Club\" timezone:Europe/Berlin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("in_channel", answer["response_type"]!.GetValue<string>());
        Assert.Contains("Created *Algo Club* in <#C1>", answer["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
        await using var db = _host.Db();
        var group = await db.Groups.SingleAsync();
        Assert.Equal(("Algo Club", "C1", "Europe/Berlin"), (group.Name, group.HomeChannelId, group.TimeZoneId));
        var workspace = await db.Workspaces.SingleAsync();
        Assert.Equal((Platform.Slack, "T1"), (workspace.Platform, workspace.ExternalId));
        Assert.Equal("Bearer xoxb-test-bot", (await _slack.WaitForCallAsync("users.info")).Authorization);
    }

    [Fact]
    public async Task SlashCommand_WithATypo_GetsAPrivateErrorAndStoresNothing()
    {
        var answer = JsonNode.Parse(await (await PostCommandAsync("group craete name:X")).Content.ReadAsStringAsync())!;

        Assert.Equal("ephemeral", answer["response_type"]!.GetValue<string>());
        Assert.Contains("Did you mean", answer["text"]!.GetValue<string>());
        await using var db = _host.Db();
        Assert.Equal(0, await db.Groups.CountAsync());
    }

    [Fact]
    public async Task SlashCommand_Alone_ShowsHelpWithStudyPrefix()
    {
        var answer = JsonNode.Parse(await (await PostCommandAsync(string.Empty)).Content.ReadAsStringAsync())!;

        Assert.Equal("ephemeral", answer["response_type"]!.GetValue<string>());
        Assert.Contains("`/study group`: create", answer["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task ForgedSignature_IsRefusedAndRunsNothing()
    {
        var body = Payloads.Form(Payloads.SlashCommand("group create name:Forged", _slack.HookUrl("h1")));

        var response = await _host.PostSignedAsync("slack/commands", body, signature: "v0=" + new string('0', 64));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await using var db = _host.Db();
        Assert.Equal(0, await db.Groups.CountAsync());
        Assert.Contains(_host.Logs.Lines, l => l.Message.Contains("signature Forged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StaleTimestamp_IsRefusedEvenWithAValidSignature()
    {
        var body = Payloads.Form(Payloads.SlashCommand("group create name:Replayed", _slack.HookUrl("h1")));
        var sixMinutesAgo = _host.Time.GetUtcNow().AddMinutes(-6).ToUnixTimeSeconds();

        var response = await _host.PostSignedAsync("slack/commands", body, timestamp: sixMinutesAgo);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task UrlVerification_EchoesTheChallenge()
    {
        var response = await _host.PostSignedAsync("slack/events", """{"token":"t","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""", "application/json");

        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["challenge"]!.GetValue<string>());
    }

    [Fact]
    public async Task SslCheck_IsAnsweredWithoutRunningACommand()
    {
        var response = await _host.PostSignedAsync("slack/commands", "ssl_check=1&token=t");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, _slack.Count("users.info"));
    }

    [Fact]
    public async Task RetriedEventDelivery_IsHandledOnce()
    {
        var body = Payloads.AppMention("Ev1").ToJsonString();

        var first = await _host.PostSignedAsync("slack/events", body, "application/json");
        var retry = await _host.PostSignedAsync("slack/events", body, "application/json", retryNumber: 1);
        await _host.IdleAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        var reply = Assert.Single(_slack.Calls, c => c.Method == "chat.postMessage");
        Assert.Equal(("C1", "1700000000.000100"), (reply.Arg("channel"), reply.Arg("thread_ts")));
    }

    [Fact]
    public async Task SlowCommand_IsAcknowledgedEmptyWithinTheBudget_ThenAnsweredThroughResponseUrl()
    {
        var posting = PostCommandAsync("slow", hook: "slow");
        await _gate.Entered;
        await _host.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        Assert.False(posting.IsCompleted);

        _host.Time.Advance(TimeSpan.FromSeconds(2));
        var ack = await posting;

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal(string.Empty, await ack.Content.ReadAsStringAsync());
        _gate.Open();
        var late = await _slack.WaitForCallAsync("response_url");
        Assert.Equal("in_channel", late.Arg("response_type"));
        Assert.Equal("Finally done.", late.Arg("text"));
    }

    [Theory]
    [InlineData("private", "Quietly done.")]
    [InlineData("error", "Quiet trouble: only you may read this.")]
    public async Task SlowPrivateAnswer_IsAcknowledgedEmpty_ThenAnsweredOnlyToTheInvoker(string answer, string text)
    {
        var posting = PostCommandAsync($"slow answer:{answer}", hook: "slow");
        await _gate.Entered;
        await _host.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        _host.Time.Advance(TimeSpan.FromSeconds(2));
        var ack = await posting;

        Assert.Equal(string.Empty, await ack.Content.ReadAsStringAsync());
        _gate.Open();
        var late = await _slack.WaitForCallAsync("response_url");
        Assert.Equal(("ephemeral", text), (late.Arg("response_type"), late.Arg("text")));
        await _host.IdleAsync();
        Assert.Equal([late], _slack.Calls.Where(c => c.Method is "response_url" or "chat.postMessage" or "chat.postEphemeral"));
    }

    [Fact]
    public async Task Button_OpensAModal_WhoseSubmissionIsRoutedAndAnswered()
    {
        var press = await PostInteractionAsync(Payloads.ButtonPress("fake-form:42:open", _slack.HookUrl("b1")));
        Assert.Equal(string.Empty, await press.Content.ReadAsStringAsync());
        var opened = await _slack.WaitForCallAsync("views.open");
        Assert.Equal("trig-2", opened.Arg("trigger_id"));
        var view = opened.Args["view"]!.AsObject();
        Assert.Equal("fake-form:42:submit", view["callback_id"]!.GetValue<string>());
        Assert.True(view["title"]!["text"]!.GetValue<string>().Length <= 24);

        var tooShort = await PostInteractionAsync(Payloads.Submission(view, new Dictionary<string, string> { ["did"] = "ok" }));
        var errors = JsonNode.Parse(await tooShort.Content.ReadAsStringAsync())!;
        Assert.Equal("errors", errors["response_action"]!.GetValue<string>());
        Assert.Contains("at least 3 characters", errors["errors"]!["did"]!.GetValue<string>());

        var done = await PostInteractionAsync(Payloads.Submission(view, new Dictionary<string, string> { ["did"] = "Read chapter 3" }));
        Assert.Equal(string.Empty, await done.Content.ReadAsStringAsync());
        var answer = await _slack.WaitForCallAsync("chat.postEphemeral");
        Assert.Equal(("C1", "U1"), (answer.Arg("channel"), answer.Arg("user")));
        Assert.Contains("Checked in, Member: Read chapter 3", answer.Arg("text"));
    }

    [Fact]
    public async Task TheSlackProfileZone_IsTheMembersDefault_ForTimezoneShowAndNewGroups()
    {
        _slack.Users["U1"] = FakeSlackServer.PlainUser("U1", "alice", tz: "America/New_York");

        var shown = JsonNode.Parse(await (await PostCommandAsync("timezone show")).Content.ReadAsStringAsync())!;
        await PostCommandAsync("group create name:\"Night Owls\"");

        Assert.StartsWith("Your Slack profile says America/New_York, so StudyBot uses it;", shown["text"]!.GetValue<string>(), StringComparison.Ordinal);
        await using var db = _host.Db();
        Assert.Equal("America/New_York", (await db.Groups.SingleAsync()).TimeZoneId);
    }

    private Task<HttpResponseMessage> PostCommandAsync(string text, string hook = "h1") =>
        _host.PostSignedAsync("slack/commands", Payloads.Form(Payloads.SlashCommand(text, _slack.HookUrl(hook))));

    private Task<HttpResponseMessage> PostInteractionAsync(JsonObject payload) =>
        _host.PostSignedAsync("slack/interactions", "payload=" + Uri.EscapeDataString(payload.ToJsonString()));
}
