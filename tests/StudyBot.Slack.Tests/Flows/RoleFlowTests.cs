using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using StudyBot.Slack.Tests.Fakes;
using StudyBot.Testing;

namespace StudyBot.Slack.Tests.Flows;

/// <summary>Roles through <c>/study</c>: adding, swapping with a user mention, and the "I can't" button.</summary>
public sealed class RoleFlowTests : IAsyncLifetime
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
    public async Task Roles_SwapWithAMention_ThenTheCantButtonPassesTheRoleOn()
    {
        await CommandAsync("group create name:\"Algo Club\" timezone:Europe/Berlin", "U1");
        await CommandAsync("group join name:\"Algo Club\"", "U2");
        await CommandAsync("meeting schedule title:\"Weekly review\" start:\"2027-03-16 19:00\" repeat:\"every tue\"", "U1");
        await CommandAsync("role add name:Facilitator", "U1");
        await CommandAsync("role add name:Note-taker", "U1");
        await NextMeetingRoles.FixAsync(_host.Services);

        var swapped = await CommandAsync("role swap with:<@U2>", "U1");

        // Blocks carry the mentions; the notification text names people in plain words.
        Assert.StartsWith("<@U1> and <@U2> swapped roles at *Weekly review* on Tue 16 Mar 2027 19:00 CET", MessageBlocks.FirstText(JsonNode.Parse(swapped)!), StringComparison.Ordinal);
        long seriesId;
        await using (var db = _host.Db())
        {
            seriesId = await db.MeetingSeries.Select(s => s.Id).SingleAsync();
            Assert.Equal(["U2", "U1"], await db.RoleAssignments.OrderBy(a => a.RoleId).Select(a => a.UserId).ToListAsync());
        }

        var press = await _host.PostSignedAsync("slack/interactions", "payload=" + Uri.EscapeDataString(Payloads.ButtonPress($"role-cant:{seriesId}:20270316T1900", _slack.HookUrl("b1"), user: "U1").ToJsonString()));

        Assert.Equal(string.Empty, await press.Content.ReadAsStringAsync());
        var answer = await _slack.WaitForCallAsync("response_url", c => c.Arg("text").Contains("can't come", StringComparison.Ordinal));
        Assert.Equal("ephemeral", answer.Arg("response_type"));
        Assert.EndsWith("Your role: *Note-taker* passes to <@U2>. The group has been told.", MessageBlocks.FirstText(answer.Args), StringComparison.Ordinal);
    }

    // Runs a command and returns its answer as JSON (text and blocks).
    private async Task<string> CommandAsync(string text, string user)
    {
        var before = _slack.Count("chat.postEphemeral") + _slack.Count("response_url") + _slack.Count("chat.postMessage");
        var response = await _host.PostSignedAsync("slack/commands", Payloads.Form(Payloads.SlashCommand(text, _slack.HookUrl("h-" + Guid.NewGuid().ToString("N")), user: user)));
        var body = await response.Content.ReadAsStringAsync();
        if (body.Length > 0)
        {
            return body;
        }

        var call = await _slack.WaitForCallAsync("response_url", _ => _slack.Count("chat.postEphemeral") + _slack.Count("response_url") + _slack.Count("chat.postMessage") > before);
        return call.Args.ToJsonString();
    }
}
