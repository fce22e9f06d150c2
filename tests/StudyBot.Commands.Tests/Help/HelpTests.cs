using StudyBot.Commands.Catalog;
using StudyBot.Commands.Tests.Support;
using StudyBot.Core;
using StudyBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace StudyBot.Commands.Tests.Help;

public sealed class HelpTests : IDisposable
{
    private readonly CommandHarness _harness = new(s => s.AddCommand<ProbeCommand>());

    public void Dispose() => _harness.Dispose();

    private CommandCatalog Catalog => _harness.Services.GetRequiredService<CommandCatalog>();

    [Fact]
    public async Task Help_NamesEveryCatalogCommand_OneLinePerFamily_WithinOneDiscordMessage()
    {
        var reply = await _harness.RunAsync("/help");

        ReplyAssert.IsSuccess(reply);
        Assert.True(reply.Ephemeral);
        var lines = reply.Text.Split('\n');
        foreach (var command in Catalog.Commands)
        {
            var words = command.Path.Split(' ');
            var line = Assert.Single(lines, l => l.StartsWith($"• `/{words[0]}`:", StringComparison.Ordinal));
            if (words.Length > 1)
            {
                Assert.Contains(words[1], line.Split(':', 2)[1].Split(',').Select(s => s.Trim()));
            }
        }

        Assert.Equal(Catalog.Commands.Select(c => c.Path.Split(' ')[0]).Distinct().Count(), lines.Count(l => l.StartsWith('•')));
        Assert.True(reply.Text.Length <= 2000, $"{reply.Text.Length} characters");
        Assert.EndsWith("One command with its options and an example: `/help group create`.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_CoversTheFoundationCommands()
    {
        var reply = await _harness.RunAsync("/help");

        Assert.Contains("• `/group`: create, join, leave, info, list, settings, edit", reply.Text, StringComparison.Ordinal);
        Assert.Contains("• `/timezone`: set, show", reply.Text, StringComparison.Ordinal);
        Assert.Contains("• `/help`: List every command, or show one command's options", reply.Text, StringComparison.Ordinal);
        Assert.Contains("• `/probe`: run", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_WithACommandTypedAfterIt_ShowsThatCommandsOptions()
    {
        var reply = await _harness.RunAsync("/help group create");

        ReplyAssert.IsSuccess(reply);
        Assert.Equal(
            """
            `/group create`: Create a study group homed in this channel.
            Who: anyone.
            • `name` (string, required, up to 80 characters): The group's name
            • `timezone` (string, optional, up to 64 characters): IANA time zone of the group's meetings (default: yours, else UTC)
            • `description` (string, optional, up to 1000 characters): What the group is about
            • `charter` (string, optional, up to 1000 characters): The group's expectations of its members
            Example: `/group create name:"Algo Club" timezone:Europe/Berlin`
            """.ReplaceLineEndings("\n"),
            reply.Text);
    }

    [Theory]
    [InlineData("/help command:\"group create\"")]
    [InlineData("/help /group create")]
    [InlineData("/help GROUP   Create")]
    public async Task Help_AcceptsTheCommandInOtherForms(string line)
    {
        var reply = await _harness.RunAsync(line);

        ReplyAssert.IsSuccess(reply);
        Assert.StartsWith("`/group create`: Create a study group", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ForAnOrganizerCommand_SaysWhoMayRunItAndListsEveryOptionType()
    {
        var reply = await _harness.RunAsync("/help group settings");

        Assert.Contains("Who: the group's organizers.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("• `channel` (channel, optional): A new home channel for announcements", reply.Text, StringComparison.Ordinal);
        Assert.Contains("• `add-organizer` (user, optional): Make this member an organizer too", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ForACommandWithoutOptions_SaysSo()
    {
        var reply = await _harness.RunAsync("/help group list");

        Assert.Contains("Options: none.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ShowsFixedChoices()
    {
        var reply = await _harness.RunAsync("/help probe run");

        Assert.Contains("• `level` (string, optional, one of easy, hard): How hard", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ForAnUnknownCommand_SuggestsTheClosest()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/help grup create", "you");

        Assert.Equal("There is no command `grup create`. Did you mean `/group create`? `/help group create` explains it.", reply.Text);
    }

    [Fact]
    public async Task Help_ForSomethingFarFromAnyCommand_PointsToTheList()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/help quantum teleport", "you");

        Assert.Equal("There is no command `quantum teleport`. `/help` lists them all.", reply.Text);
    }

    [Fact]
    public async Task Help_OnSlack_WritesCommandsAfterStudy()
    {
        _harness.Workspace = new(Platform.Slack, "T123");

        var reply = await _harness.RunAsync("/help");

        Assert.Contains("• `/study group`: create, join", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("One command with its options and an example: `/study help group create`.", reply.Text, StringComparison.Ordinal);
    }
}
