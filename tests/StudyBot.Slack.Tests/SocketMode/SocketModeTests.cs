using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StudyBot.Commands;
using StudyBot.Slack.SocketMode;
using StudyBot.Slack.Tests.Fakes;

namespace StudyBot.Slack.Tests.SocketMode;

public sealed class SocketModeTests : IAsyncLifetime
{
    private readonly Gate _gate = new();
    private FakeSlackServer _slack = null!;
    private SlackTestHost _host = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackServer.StartAsync();

    public async Task DisposeAsync()
    {
        _gate.Open();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task SlashCommand_OverSocketMode_IsAcknowledgedWithTheReplyAndStoresTheGroup()
    {
        var socket = await StartAsync();

        await socket.SendAsync(Payloads.Envelope("e1", "slash_commands", Payloads.SlashCommand("group create name:\"Algo Club\" timezone:Europe/Berlin", _slack.HookUrl("h1"))));
        var ack = await socket.NextAsync();

        Assert.Equal("e1", ack["envelope_id"]!.GetValue<string>());
        Assert.Equal("in_channel", ack["payload"]!["response_type"]!.GetValue<string>());
        Assert.Contains("Algo Club", ack["payload"]!["text"]!.GetValue<string>());
        Assert.Equal("Bearer xapp-test-app", (await _slack.WaitForCallAsync("apps.connections.open")).Authorization);
        await using var db = _host.Db();
        Assert.Equal("Algo Club", (await db.Groups.SingleAsync()).Name);
    }

    [Fact]
    public async Task EveryEnvelopeType_IsAcknowledged()
    {
        var socket = await StartAsync();

        await socket.SendAsync(Payloads.Envelope("ev", "events_api", Payloads.AppMention("Ev9"), acceptsResponse: false));
        await socket.SendAsync(Payloads.Envelope("ia", "interactive", Payloads.ButtonPress("fake-form:7:open", _slack.HookUrl("b"))));
        await socket.SendAsync(Payloads.Envelope("sc", "slash_commands", Payloads.SlashCommand("help", _slack.HookUrl("h"))));
        var acks = new[] { await socket.NextAsync(), await socket.NextAsync(), await socket.NextAsync() };

        Assert.Equal(["ev", "ia", "sc"], acks.Select(a => a["envelope_id"]!.GetValue<string>()).Order());
        Assert.Null(acks.Single(a => a["envelope_id"]!.GetValue<string>() == "ev")["payload"]);
        Assert.Null(acks.Single(a => a["envelope_id"]!.GetValue<string>() == "ia")["payload"]);
        Assert.Equal("ephemeral", acks.Single(a => a["envelope_id"]!.GetValue<string>() == "sc")["payload"]!["response_type"]!.GetValue<string>());
        Assert.Equal("C1", (await _slack.WaitForCallAsync("chat.postMessage")).Arg("channel"));
        Assert.Equal("trig-2", (await _slack.WaitForCallAsync("views.open")).Arg("trigger_id"));
    }

    [Fact]
    public async Task ButtonThatNoHandlerKnows_GetsAPrivateErrorThroughResponseUrl()
    {
        var socket = await StartAsync();

        await socket.SendAsync(Payloads.Envelope("pv", "interactive", Payloads.ButtonPress("retired-button:5:1", _slack.HookUrl("vote"))));
        Assert.Equal("pv", (await socket.NextAsync())["envelope_id"]!.GetValue<string>());

        var answer = await _slack.WaitForCallAsync("response_url");
        Assert.Equal(("ephemeral", "false"), (answer.Arg("response_type"), answer.Arg("replace_original")));
        Assert.Contains("no longer supported", answer.Arg("text"));
    }

    [Fact]
    public async Task SlashCommand_WhenTheAckCannotCarryAnAnswer_IsAnsweredThroughResponseUrl()
    {
        var socket = await StartAsync();

        await socket.SendAsync(Payloads.Envelope("na", "slash_commands", Payloads.SlashCommand("help", _slack.HookUrl("na")), acceptsResponse: false));

        Assert.Null((await socket.NextAsync())["payload"]);
        Assert.Equal("ephemeral", (await _slack.WaitForCallAsync("response_url")).Arg("response_type"));
    }

    [Fact]
    public async Task SlowCommand_IsAcknowledgedWhenTheBudgetRunsOut_AndAnsweredLater()
    {
        var socket = await StartAsync();

        await socket.SendAsync(Payloads.Envelope("slow-1", "slash_commands", Payloads.SlashCommand("slow", _slack.HookUrl("late"))));
        await _gate.Entered;
        await _host.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        Assert.False(socket.HasPending);
        _host.Time.Advance(TimeSpan.FromSeconds(2));
        var ack = await socket.NextAsync();

        Assert.Equal("slow-1", ack["envelope_id"]!.GetValue<string>());
        Assert.Null(ack["payload"]);
        _gate.Open();
        Assert.Equal("Finally done.", (await _slack.WaitForCallAsync("response_url")).Arg("text"));
    }

    [Fact]
    public async Task RefreshMidStream_OpensTheNextConnectionFirst_AndLosesOrRepeatsNoEnvelope()
    {
        var first = await StartAsync();
        await first.SendAsync(Create("r1", "G1"));
        await first.SendAsync(Create("r2", "G2"));
        await first.DisconnectAsync("refresh_requested");

        var second = await _slack.NextSocketAsync();
        Assert.False(first.Closed.IsCompleted);
        await first.SendAsync(Create("r3", "G3"));
        await second.SendAsync(Create("r4", "G4"));
        await second.SendAsync(Create("r2", "G2"));
        var firstAcks = new[] { await first.NextAsync(), await first.NextAsync(), await first.NextAsync() };
        await first.CloseAsync();
        await second.SendAsync(Create("r5", "G5"));
        var secondAcks = new[] { await second.NextAsync(), await second.NextAsync(), await second.NextAsync() };

        Assert.Equal(["r1", "r2", "r3"], firstAcks.Select(Id).Order());
        Assert.Equal(["r2", "r4", "r5"], secondAcks.Select(Id).Order());
        Assert.Null(secondAcks.Single(a => Id(a) == "r2")["payload"]);
        await using var db = _host.Db();
        Assert.Equal(["G1", "G2", "G3", "G4", "G5"], await db.Groups.Select(g => g.Name).OrderBy(n => n).ToListAsync());
        Assert.Equal(2, _slack.Count("apps.connections.open"));
    }

    [Fact]
    public async Task LinkDisabled_StopsWithAClearLogLine_AndDoesNotReconnect()
    {
        var socket = await StartAsync();

        await socket.DisconnectAsync("link_disabled");
        await Service().ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Contains(_host.Logs.Lines, l => l.Level == LogLevel.Critical && l.Message.Contains("link_disabled", StringComparison.Ordinal) && l.Message.Contains("turn Socket Mode back on", StringComparison.Ordinal));
        await socket.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, _slack.Count("apps.connections.open"));
    }

    [Fact]
    public async Task ConnectFailure_BacksOffOnTheClock_ThenConnects()
    {
        _slack.Enqueue("apps.connections.open", FakeResponse.Error("internal_error"));
        _host = await SlackTestHost.StartAsync(_slack, socketMode: true);

        var wait = await _host.Clock.WaitForTimerAtLeastAsync(TimeSpan.FromSeconds(1));
        Assert.InRange(wait.TotalSeconds, 1, 1.2);
        _host.Time.Advance(wait);

        await _slack.NextSocketAsync();
        Assert.Equal(2, _slack.Count("apps.connections.open"));
    }

    [Fact]
    public async Task InvalidAppToken_StopsWithoutRetrying()
    {
        _slack.Enqueue("apps.connections.open", FakeResponse.Error("invalid_auth"));
        _host = await SlackTestHost.StartAsync(_slack, socketMode: true);

        await Service().ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Contains(_host.Logs.Lines, l => l.Level == LogLevel.Critical && l.Message.Contains("invalid_auth", StringComparison.Ordinal));
        Assert.Equal(1, _slack.Count("apps.connections.open"));
    }

    private static string Id(JsonObject ack) => ack["envelope_id"]!.GetValue<string>();

    private JsonObject Create(string envelope, string group) =>
        Payloads.Envelope(envelope, "slash_commands", Payloads.SlashCommand($"group create name:{group}", _slack.HookUrl(envelope)));

    private async Task<FakeSocket> StartAsync()
    {
        _host = await SlackTestHost.StartAsync(_slack, socketMode: true, services => services.AddSingleton(_gate).AddCommand<SlowCommand>().AddComponent<FakeFormHandler>());
        return await _slack.NextSocketAsync();
    }

    private SocketModeService Service() => _host.Services.GetServices<IHostedService>().OfType<SocketModeService>().Single();
}
