using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Tests.Support;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Groups;

public sealed class GroupLeaveTests : IDisposable
{
    private readonly CommandHarness _harness = new();

    public GroupLeaveTests()
    {
        _harness.RunAsync("/group create name:\"Algo Club\" timezone:Europe/Berlin", @as: "alice").GetAwaiter().GetResult();
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Leave_RemovesTheMembershipAndRepliesPrivately()
    {
        await _harness.RunAsync("/group join name:\"Algo Club\"", @as: "bob");

        var reply = await _harness.RunAsync("/group leave name:\"Algo Club\"", @as: "bob");

        ReplyAssert.IsSuccess(reply);
        Assert.True(reply.Ephemeral);
        Assert.Equal("You left **Algo Club**. Rejoin any time with `/group join name:\"Algo Club\"`.", reply.Text);
        await using var db = _harness.Db();
        Assert.Equal(["alice"], await db.GroupMembers.Select(m => m.UserId).ToListAsync());
    }

    [Fact]
    public async Task Leave_WithoutName_LeavesTheGroupHomedInThisChannel()
    {
        await _harness.RunAsync("/group join name:\"Algo Club\"", @as: "bob");

        var reply = await _harness.RunAsync("/group leave", @as: "bob", channel: "general");

        ReplyAssert.IsSuccess(reply);
        await using var db = _harness.Db();
        Assert.Equal(1, await db.GroupMembers.CountAsync());
    }

    [Fact]
    public async Task Leave_WithoutNameInAChannelWithoutGroup_AsksForTheName()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/group leave", "alice", channel: "random");

        Assert.Equal("Name the group, e.g. `name:\"Algo Club\"`; no group calls this channel home.", reply.Text);
    }

    [Fact]
    public async Task Leave_AGroupOneIsNotIn_IsRefusedAndStoresNothing()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/group leave name:\"Algo Club\"", "carol");

        Assert.Equal("You are not a member of Algo Club, so there is nothing to leave.", reply.Text);
    }

    [Fact]
    public async Task Leave_ByTheOnlyOrganizerWhileOthersRemain_IsRefusedAndStoresNothing()
    {
        await _harness.RunAsync("/group join name:\"Algo Club\"", @as: "bob");

        var reply = await Refusal.AssertRefusedAsync(_harness, "/group leave name:\"Algo Club\"", "alice");

        Assert.Equal("You are the only organizer of Algo Club. Make someone else an organizer first with `/group settings name:\"Algo Club\" add-organizer:<user>`.", reply.Text);
        await using var db = _harness.Db();
        Assert.True((await db.GroupMembers.SingleAsync(m => m.UserId == "alice")).IsOrganizer);
    }

    [Fact]
    public async Task Leave_ByAnOrganizerAfterPromotingAnother_Succeeds()
    {
        await _harness.RunAsync("/group join name:\"Algo Club\"", @as: "bob");
        await _harness.RunAsync("/group settings name:\"Algo Club\" add-organizer:@bob", @as: "alice");

        var reply = await _harness.RunAsync("/group leave name:\"Algo Club\"", @as: "alice");

        ReplyAssert.IsSuccess(reply);
        await using var db = _harness.Db();
        var remaining = await db.GroupMembers.SingleAsync();
        Assert.Equal("bob", remaining.UserId);
        Assert.True(remaining.IsOrganizer);
    }
}
