using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands.Tests.Support;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Routing;

/// <summary>The router enforces a command's declared access against its group, before the handler runs.</summary>
public sealed class AccessTests : IDisposable
{
    private readonly GuardedCommand.Runs _runs = new();
    private readonly CommandHarness _harness;

    public AccessTests()
    {
        _harness = new CommandHarness(s => s.AddSingleton(_runs).AddCommand<GuardedCommand>());
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task AnOrganizerCommand_ByAMember_IsRefusedWithoutRunningTheHandler()
    {
        await SetUpAsync();

        var reply = await Refusal.AssertRefusedAsync(_harness, "/probe guarded group:\"Algo Club\"", "bob");

        Assert.Equal("Only organizers of Algo Club can run the guarded probe. Ask one of them: alice.", reply.Text);
        Assert.Equal(0, _runs.Count);
    }

    [Fact]
    public async Task AnOrganizerCommand_ByAWorkspaceAdmin_RunsWithTheGroupFoundForIt()
    {
        await SetUpAsync();

        var reply = await _harness.RunAsync("/probe guarded group:\"algo club\"", @as: "carol", admin: true);

        ReplyAssert.IsSuccess(reply);
        Assert.Equal("Ran for Algo Club with 2 members.", reply.Text);
        Assert.Equal(1, _runs.Count);
    }

    [Fact]
    public async Task WithoutTheGroupOption_TheHintNamesTheOptionThisCommandHas()
    {
        await SetUpAsync();

        var reply = await Refusal.AssertRefusedAsync(_harness, "/probe guarded", "alice", channel: "random");

        Assert.Equal("Name the group, e.g. `group:\"Algo Club\"`; no group calls this channel home.", reply.Text);
        Assert.Equal(0, _runs.Count);
    }

    private async Task SetUpAsync()
    {
        ReplyAssert.IsSuccess(await _harness.RunAsync("/group create name:\"Algo Club\"", @as: "alice"));
        ReplyAssert.IsSuccess(await _harness.RunAsync("/group join name:\"Algo Club\"", @as: "bob"));
    }
}
