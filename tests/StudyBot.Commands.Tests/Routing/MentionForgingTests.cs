using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Tests.Support;
using StudyBot.Core.Messaging;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Routing;

/// <summary>
/// User text carrying RichText's private-use delimiters must never come back as a mention token,
/// neither through stored data nor through an error message that echoes what was typed.
/// </summary>
public sealed class MentionForgingTests : IDisposable
{
    private const string Forged = "\uE000u:999:Moderator\uE001";

    private readonly CommandHarness _harness = new(s => s.AddCommand<ProbeCommand>());

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task GroupNameWithForgedMention_IsStoredAndEchoedWithoutTheToken()
    {
        var reply = await _harness.RunAsync($"/group create name:\"Club {Forged}\"", @as: "alice");

        ReplyAssert.IsSuccess(reply);
        Assert.Equal(["alice"], MentionedUsers(reply.Text));
        await using var db = _harness.Db();
        var name = await db.Groups.Select(g => g.Name).SingleAsync();
        Assert.Equal("Club u:999:Moderator", name);
    }

    [Fact]
    public async Task DescriptionWithForgedMention_IsShownAsPlainText()
    {
        await _harness.RunAsync($"/group create name:\"Algo Club\" description:\"Ask {Forged} anything\"", @as: "alice");

        var info = await _harness.RunAsync("/group info name:\"Algo Club\"");

        Assert.Equal("Ask u:999:Moderator anything", info.Fields.Single(f => f.Name == "Description").Value);
        Assert.DoesNotContain("999", info.Fields.SelectMany(f => MentionedUsers(f.Value)));
    }

    [Theory]
    [InlineData("/probe run count:\"{0}\"")]
    [InlineData("/group settings name:x add-organizer:\"{0}\"")]
    [InlineData("/group create name:x timezone:\"{0}\"")]
    [InlineData("/help \"{0}\"")]
    [InlineData("/group join name:\"{0}\"")]
    [InlineData("/grup \"{0}\"")]
    public async Task ErrorsThatEchoInput_NeverCarryAForgedMention(string template)
    {
        var reply = await _harness.RunAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Forged));

        ReplyAssert.IsEphemeralError(reply);
        Assert.Empty(MentionedUsers(reply.Text));
        Assert.DoesNotContain('\uE000', reply.Text);
        Assert.DoesNotContain('\uE001', reply.Text);
    }

    private static List<string> MentionedUsers(string text)
    {
        var users = new List<string>();
        RichText.Render(text, s => s, (_, fallback) => fallback, (id, name) =>
        {
            users.Add(id);
            return "@" + name;
        }, (_, name) => "#" + name, (url, title) => $"{title} ({url})");
        return users;
    }
}
