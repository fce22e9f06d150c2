using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Tests.Support;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Groups;

public sealed class GroupJoinTests : IDisposable
{
    private readonly CommandHarness _harness = new();

    public GroupJoinTests()
    {
        _harness.RunAsync("/group create name:\"Algo Club\" timezone:Europe/Berlin", @as: "alice").GetAwaiter().GetResult();
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Join_AddsTheUserAsAPlainMemberAndAnnouncesIt()
    {
        var reply = await _harness.RunAsync("/group join name:\"Algo Club\"", @as: "bob");

        ReplyAssert.IsSuccess(reply);
        Assert.False(reply.Ephemeral);
        Assert.Equal("@bob joined **Algo Club** (2 members).", ReplyAssert.Plain(reply));
        await using var db = _harness.Db();
        var bob = await db.GroupMembers.SingleAsync(m => m.UserId == "bob");
        Assert.False(bob.IsOrganizer);
        Assert.Equal(_harness.Time.GetUtcNow().ToUnixTimeMilliseconds(), bob.JoinedAt.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task Join_FindsTheGroupIgnoringCase()
    {
        var reply = await _harness.RunAsync("/group join name:\"algo CLUB\"", @as: "bob");

        ReplyAssert.IsSuccess(reply);
        await using var db = _harness.Db();
        Assert.Equal(2, await db.GroupMembers.CountAsync());
    }

    [Fact]
    public async Task Join_Twice_IsRefusedAndStoresNothing()
    {
        await _harness.RunAsync("/group join name:\"Algo Club\"", @as: "bob");

        var reply = await Refusal.AssertRefusedAsync(_harness, "/group join name:\"Algo Club\"", "bob");

        Assert.Equal("You are already a member of Algo Club.", reply.Text);
    }

    [Fact]
    public async Task Join_ByTheCreator_IsRefusedBecauseTheyAreAlreadyIn()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/group join name:\"Algo Club\"", "alice");

        Assert.Equal("You are already a member of Algo Club.", reply.Text);
    }

    [Fact]
    public async Task Join_MistypedGroup_SuggestsTheClosestAndStoresNothing()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/group join name:\"Algo Clb\"", "bob");

        Assert.Equal("There is no group named \"Algo Clb\" here. Did you mean \"Algo Club\"?", reply.Text);
    }

    [Fact]
    public async Task Join_UnknownGroup_PointsToTheList()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/group join name:\"Chess Society\"", "bob");

        Assert.Equal("There is no group named \"Chess Society\" here. `/group list` shows the groups of this workspace.", reply.Text);
    }
}
