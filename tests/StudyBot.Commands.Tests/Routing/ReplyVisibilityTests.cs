using Microsoft.Extensions.DependencyInjection;
using StudyBot.Application;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Parsing;
using StudyBot.Commands.Routing;
using StudyBot.Core;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Routing;

/// <summary>
/// The visibility a command declares is the one its reply has: an adapter that defers before the handler ends shows
/// its placeholder that way, so a wrong declaration would put a private answer through a public message.
/// </summary>
public sealed class ReplyVisibilityTests : IDisposable
{
    private readonly CommandHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("/group info name:\"Algo Club\"", "you")]
    [InlineData("/group join name:\"Algo Club\"", "bob")]
    [InlineData("/group list", "you")]
    [InlineData("/help", "you")]
    [InlineData("/help group create", "you")]
    [InlineData("/goal add title:\"Read SICP\"", "you")]
    [InlineData("/goal add title:\"Ship the notes\" scope:group", "you")]
    [InlineData("/goal list", "you")]
    [InlineData("/role add name:Facilitator", "you")]
    [InlineData("/role list", "you")]
    [InlineData("/timezone set zone:Europe/Berlin", "you")]
    [InlineData("/timezone show", "you")]
    [InlineData("/away list", "you")]
    [InlineData("/meeting list", "you")]
    public async Task ASuccessfulReply_IsAsVisibleAsItsCommandDeclares(string line, string by)
    {
        await _harness.RunAsync("/group create name:\"Algo Club\" timezone:Europe/Berlin");
        var expected = Expected(line);

        var reply = await _harness.RunAsync(line, @as: by);

        Assert.False(reply.IsError, reply.Text);
        Assert.Equal(expected == ReplyVisibility.Private, reply.Ephemeral);
    }

    [Fact]
    public void TheCatalog_DeclaresPublicRepliesOnlyForAnnouncements()
    {
        var catalog = _harness.Services.GetRequiredService<CommandCatalog>();

        Assert.Equal(
            ["checkin schedule", "group create", "group info", "group join", "group settings", "meeting schedule", "mentor link", "resource add", "role add", "role remove"],
            catalog.Commands.Where(c => c.RepliesFor is null && c.Replies == ReplyVisibility.Public).Select(c => c.Path).Order(StringComparer.Ordinal));
        Assert.Equal(["goal add"], catalog.Commands.Where(c => c.RepliesFor is not null).Select(c => c.Path));
    }

    [Theory]
    [InlineData("rsvp:1:going", ReplyVisibility.Private)]
    [InlineData("pollvote:1:2", ReplyVisibility.Private)]
    [InlineData("group-zone:1:Asia/Tokyo", ReplyVisibility.Public)]
    [InlineData("group-edit:1", ReplyVisibility.Public)]
    [InlineData("no-such-button:1", ReplyVisibility.Private)]
    public void AButton_IsExpectedToAnswerPrivatelyUnlessItsHandlerDeclaresOtherwise(string actionId, ReplyVisibility expected)
    {
        var invocation = new ComponentInvocation(actionId, new Invoker("u1", "You"), new ChannelRef("general", "general"), new WorkspaceRef(Platform.Console, "console"), new Dictionary<string, string>());

        Assert.Equal(expected, _harness.Router.ExpectedVisibility(invocation));
    }

    [Fact]
    public void AnUnknownCommand_IsExpectedToAnswerPrivately()
    {
        var invocation = new CommandInvocation("no such", new Dictionary<string, object>(), new Invoker("u1", "You"), new ChannelRef("general", "general"), new WorkspaceRef(Platform.Console, "console"));

        Assert.Equal(ReplyVisibility.Private, _harness.Router.ExpectedVisibility(invocation));
    }

    private ReplyVisibility Expected(string line)
    {
        var parsed = _harness.Services.GetRequiredService<TextCommandParser>().Parse(line).Value!;
        var options = OptionBinder.Bind(parsed.Registration.Definition, parsed.RawOptions).Value!;
        var invocation = new CommandInvocation(parsed.Registration.Definition.Path, options, new Invoker("u1", "You"), new ChannelRef("general", "general"), _harness.Workspace);
        return _harness.Router.ExpectedVisibility(invocation);
    }
}
