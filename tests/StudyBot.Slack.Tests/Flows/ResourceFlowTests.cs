using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using StudyBot.Slack.Tests.Fakes;

namespace StudyBot.Slack.Tests.Flows;

/// <summary>Resources through <c>/study</c>: a link as Slack sends it is shared in the channel, and the list shows it in Slack's link form.</summary>
public sealed class ResourceFlowTests : IAsyncLifetime
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
    public async Task ResourceAdd_ThenResourceList_ShowTheTitleAsASlackLink()
    {
        await CommandAsync("group create name:\"Algo Club\"");

        // Slack wraps links in the command text in angle brackets (and escapes & as &amp;).
        var shared = await CommandAsync("resource add url:&lt;https://mitpress.mit.edu/sicp?a=1&amp;b=2&gt; title:\"SICP & co <!channel>\" tags:\"sicp, lisp\"");
        var listed = await CommandAsync("resource list");

        Assert.Equal("in_channel", shared["response_type"]!.GetValue<string>());
        Assert.Equal("@Member shared <https://mitpress.mit.edu/sicp?a=1&amp;b=2|SICP &amp; co &lt;!channel&gt;> [sicp, lisp] with *Algo Club* (#1).", MessageBlocks.FirstText(shared));
        Assert.Equal("ephemeral", listed["response_type"]!.GetValue<string>());
        Assert.StartsWith("Resources in *Algo Club* (1):\n• #1 <https://mitpress.mit.edu/sicp?a=1&amp;b=2|SICP &amp; co &lt;!channel&gt;> [sicp, lisp], from <@U1> on ", MessageBlocks.FirstText(listed), StringComparison.Ordinal);
        await using var db = _host.Db();
        Assert.Equal("https://mitpress.mit.edu/sicp?a=1&b=2", (await db.Resources.SingleAsync()).Url);
    }

    private Task<JsonObject> CommandAsync(string text) => _host.CommandAsync(_slack, text);
}
