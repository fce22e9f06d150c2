using StudyBot.Application;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Tests.Support;
using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Routing;

/// <summary>
/// Discord hands the router typed options rather than a text line; the router must check them
/// against the catalog just the same.
/// </summary>
public sealed class TypedInvocationTests : IDisposable
{
    private readonly CommandHarness _harness = new(s => s.AddCommand<ProbeCommand>());

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task UnknownPath_SuggestsTheClosest()
    {
        var reply = await RouteAsync("grup list", []);

        ReplyAssert.IsEphemeralError(reply);
        Assert.Equal("Unknown command `/grup list`. Did you mean `/group list`?", reply.Text);
    }

    [Fact]
    public async Task WrongValueType_IsRefusedInPlainWords()
    {
        var reply = await RouteAsync("probe run", new() { ["count"] = "three" });

        ReplyAssert.IsEphemeralError(reply);
        Assert.Equal("`count` must be a whole number.", reply.Text);
    }

    [Fact]
    public async Task UnknownOption_SuggestsTheClosestAndStoresNothing()
    {
        var before = await StoreCounts.ReadAsync(_harness);

        var reply = await RouteAsync("group create", new() { ["nmae"] = "Algo Club" });

        ReplyAssert.IsEphemeralError(reply);
        Assert.Equal("`/group create` has no option `nmae`. Did you mean `name`?", reply.Text);
        Assert.Equal(before, await StoreCounts.ReadAsync(_harness));
    }

    [Fact]
    public async Task MissingRequiredOption_IsRefused()
    {
        var reply = await RouteAsync("group join", []);

        ReplyAssert.IsEphemeralError(reply, "`/group join` needs `name`");
    }

    [Fact]
    public async Task ValidInvocation_RunsTheHandler()
    {
        var reply = await RouteAsync("group create", new() { ["name"] = "  Algo Club  ", ["timezone"] = "Europe/Berlin" });

        ReplyAssert.IsSuccess(reply);
        await using var db = _harness.Db();
        Assert.Equal("Algo Club", Assert.Single(db.Groups).Name);
    }

    private Task<Reply> RouteAsync(string path, Dictionary<string, object> options) =>
        _harness.Router.RouteAsync(
            new CommandInvocation(path, options, new Invoker("123", "alice"), new ChannelRef("456", "general"), new WorkspaceRef(Platform.Discord, "789")),
            CancellationToken.None);
}
