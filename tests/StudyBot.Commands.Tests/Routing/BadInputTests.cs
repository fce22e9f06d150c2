using StudyBot.Commands.Tests.Support;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Routing;

/// <summary>Every malformed command line gets one private line saying what to fix, and stores nothing.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly CommandHarness _harness = new(s => s.AddCommand<ProbeCommand>());

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task UnknownCommand_SuggestsTheClosestAndStoresNothing()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/grup list", "you");

        Assert.Equal("Unknown command `/grup list`. Did you mean `/group list`?", reply.Text);
    }

    [Fact]
    public async Task UnknownSubcommand_SuggestsTheClosest()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/group craete name:\"Algo Club\"", "you");

        Assert.Equal("Unknown command `/group craete`. Did you mean `/group create`?", reply.Text);
    }

    [Fact]
    public async Task UnknownCommand_WithNothingClose_PointsToHelp()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/frobnicate widgets", "you");

        Assert.Equal("Unknown command `/frobnicate widgets`. Type `/help` to see every command.", reply.Text);
    }

    [Fact]
    public async Task CommandGroupWithoutSubcommand_ListsItsSubcommands()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/timezone", "you");

        Assert.Equal("`/timezone` needs a subcommand: `/timezone set`, `/timezone show`.", reply.Text);
    }

    [Fact]
    public async Task EmptyCommand_AsksForOne()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/", "you");

        Assert.Equal("Type a command, for example `/help`.", reply.Text);
    }

    [Fact]
    public async Task UnknownOption_SuggestsTheClosestAndStoresNothing()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/group create nmae:\"Algo Club\" timezone:Europe/Berlin", "you");

        Assert.Equal("`/group create` has no option `nmae`. Did you mean `name`?", reply.Text);
    }

    [Fact]
    public async Task UnknownOption_WithNothingClose_ListsTheOptions()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/group create name:\"Algo Club\" colour:red", "you");

        Assert.Equal("`/group create` has no option `colour`. Its options: `name`, `timezone`, `description`, `charter`.", reply.Text);
    }

    [Fact]
    public async Task BareWordAfterCommand_ExplainsTheNameValueForm()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/group create Algo", "you");

        Assert.Equal("`Algo` is not an option of `/group create`. Options are written as `name:value`: `name`, `timezone`, `description`, `charter`.", reply.Text);
    }

    [Fact]
    public async Task MissingRequiredOption_NamesItWithAnExampleAndStoresNothing()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/group create timezone:Europe/Berlin", "you");

        Assert.Equal("`/group create` needs `name` (The group's name). Example: `/group create name:\"Algo Club\" timezone:Europe/Berlin`.", reply.Text);
    }

    [Fact]
    public async Task BlankRequiredOption_CountsAsMissing()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/group join name:\"  \"", "you");

        Assert.StartsWith("`/group join` needs `name`", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingRequiredOption_OfTimezoneSet_IsRefused()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/timezone set", "you");

        Assert.StartsWith("`/timezone set` needs `zone`", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateOption_IsRefused()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/group create name:Alpha name:Beta", "you");

        Assert.Equal("Option `name` is given twice; give it once.", reply.Text);
    }

    [Theory]
    [InlineData("/group create name:\"Algo Club timezone:Europe/Berlin")]
    [InlineData("/group create name:\u201CAlgo Club timezone:Europe/Berlin")]
    [InlineData("/group create name:\"Algo \\\" Club")]
    public async Task UnbalancedQuotes_AreRefusedAndStoreNothing(string line)
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, line, "you");

        Assert.Equal("A quote is not closed: add the missing `\"` after the value, e.g. `name:\"Algo Club\"`.", reply.Text);
    }

    [Fact]
    public async Task IntegerOption_GivenWords_IsRefusedWithAnExample()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/probe run count:three", "you");

        Assert.Equal("`count` must be a whole number, like `count:3`; got `three`.", reply.Text);
    }

    [Fact]
    public async Task BooleanOption_GivenGarbage_IsRefused()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/probe run count:3 flag:maybe", "you");

        Assert.Equal("`flag` must be `true` or `false`; got `maybe`.", reply.Text);
    }

    [Fact]
    public async Task NumberOption_GivenGarbage_IsRefused()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/probe run count:3 ratio:half", "you");

        Assert.Equal("`ratio` must be a number, like `ratio:2.5`; got `half`.", reply.Text);
    }

    [Theory]
    [InlineData("count:0", "`count` must be at least 1; got 0.")]
    [InlineData("count:11", "`count` must be at most 10; got 11.")]
    [InlineData("count:2 level:medium", "`level` must be one of `easy`, `hard`; got `medium`.")]
    public async Task OutOfRangeValues_AreRefused(string options, string expected)
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/probe run " + options, "you");

        Assert.Equal(expected, reply.Text);
    }

    [Fact]
    public async Task TypedOptions_AreBoundToTheirTypes()
    {
        var reply = await _harness.RunAsync("/probe run count:3 flag:yes ratio:0.5 level:hard");

        ReplyAssert.IsSuccess(reply);
        Assert.Equal("count=3 flag=True ratio=0.5 level=hard", reply.Text);
    }

    [Fact]
    public async Task ChannelOption_GivenGarbage_IsRefusedAndChangesNothing()
    {
        await _harness.RunAsync("/group create name:\"Algo Club\"", @as: "alice");

        var reply = await Refusal.AssertRefusedAsync(_harness, "/group settings name:\"Algo Club\" channel:\"not a channel\"", "alice");

        Assert.Equal("`channel` must be a channel, like `channel:#study-hall`; got `not a channel`.", reply.Text);
        await using var db = _harness.Db();
        Assert.Equal("general", Assert.Single(db.Groups).HomeChannelId);
    }

    [Fact]
    public async Task UserOption_GivenGarbage_IsRefusedAndChangesNothing()
    {
        await _harness.RunAsync("/group create name:\"Algo Club\"", @as: "alice");

        var reply = await Refusal.AssertRefusedAsync(_harness, "/group settings name:\"Algo Club\" add-organizer:\"bob and carol\"", "alice");

        Assert.Equal("`add-organizer` must be a user, like `add-organizer:@bob`; got `bob and carol`.", reply.Text);
    }
}
