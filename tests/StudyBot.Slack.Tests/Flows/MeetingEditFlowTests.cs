using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using StudyBot.Slack.Tests.Fakes;
using StudyBot.Testing;

namespace StudyBot.Slack.Tests.Flows;

/// <summary><c>/study meeting edit</c>: the organizer's private answer, the channel's announcement, an agenda linking a resource.</summary>
public sealed class MeetingEditFlowTests : IAsyncLifetime
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
    public async Task Edit_AnswersPrivately_TellsTheChannel_AndLinksTheAgendasResource()
    {
        await _host.CommandAsync(_slack, "group create name:\"Algo Club\" timezone:Europe/Berlin");
        await _host.CommandAsync(_slack, "meeting schedule title:\"Weekly review\" start:\"2027-03-16 19:00\" repeat:\"every tue\"");
        await _host.CommandAsync(_slack, "resource add url:https://mitpress.mit.edu/sicp title:SICP");

        var reply = await _host.CommandAsync(_slack, "meeting edit time:19:30 agenda:\"Read resource:#1\"");

        Assert.Equal("ephemeral", reply["response_type"]!.GetValue<string>());
        Assert.StartsWith("Updated #1 *Weekly review* from Tue 16 Mar 2027: time 19:00 → 19:30; agenda updated.", MessageBlocks.FirstText(reply), StringComparison.Ordinal);
        await OutboxRun.DeliverDueAsync(_host.Services, _host.Time);
        var told = await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("text").Contains("changes from", StringComparison.Ordinal));
        Assert.StartsWith("*Weekly review* changes from Tue 16 Mar 2027: time 19:00 → 19:30; agenda updated.", MessageBlocks.FirstText(told.Args), StringComparison.Ordinal);
        await using var db = _host.Db();
        var agenda = (await db.MeetingSeries.SingleAsync()).Agenda!;
        Assert.Equal("Read <https://mitpress.mit.edu/sicp|#1 SICP>", SlackRendering(agenda));
    }

    private static string SlackRendering(string text) => StudyBot.Slack.Rendering.SlackText.Render(text, [], ephemeral: false);
}
