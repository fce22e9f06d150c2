using StudyBot.Commands.Tests.Support;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Groups;

public sealed class GroupInfoTests : IDisposable
{
    private readonly CommandHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Info_ShowsZoneChannelOrganizerAndEveryMemberInJoinOrder()
    {
        await _harness.RunAsync("/group create name:\"Algo Club\" timezone:Europe/Berlin description:\"Graphs and DP\" charter:\"Solve one problem a week\"", @as: "alice", channel: "algo");
        _harness.Time.Advance(TimeSpan.FromMinutes(1));
        await _harness.RunAsync("/group join name:\"Algo Club\"", @as: "bob");
        _harness.Time.Advance(TimeSpan.FromMinutes(1));
        await _harness.RunAsync("/group join name:\"Algo Club\"", @as: "carol");

        var reply = await _harness.RunAsync("/group info name:\"algo club\"", @as: "dave");

        ReplyAssert.IsSuccess(reply);
        Assert.Equal(
            """
            **Algo Club**
            Time zone: Europe/Berlin
            Home channel: #algo
            Organizers: @alice
            Members (3): @alice, @bob, @carol
            Description: Graphs and DP
            Charter: Solve one problem a week
            """.ReplaceLineEndings("\n"),
            ReplyAssert.Plain(reply));
    }

    [Fact]
    public async Task Info_ListsMembersWhoJoinedInTheSameInstantInJoinOrder()
    {
        await _harness.RunAsync("/group create name:\"Algo Club\"", @as: "zoe");
        await _harness.RunAsync("/group join name:\"Algo Club\"", @as: "bob");
        await _harness.RunAsync("/group join name:\"Algo Club\"", @as: "mia");

        var reply = await _harness.RunAsync("/group info name:\"Algo Club\"");

        Assert.Equal("@zoe, @bob, @mia", ReplyAssert.Plain(reply).Split('\n').Single(l => l.StartsWith("Members", StringComparison.Ordinal))["Members (3): ".Length..]);
    }

    [Fact]
    public async Task Info_WithoutName_ShowsTheGroupHomedInThisChannel()
    {
        await _harness.RunAsync("/group create name:\"Algo Club\"", channel: "algo");

        var reply = await _harness.RunAsync("/group info", channel: "algo");

        Assert.Equal("**Algo Club**", reply.Text);
    }

    [Fact]
    public async Task Info_WithoutNameWhereSeveralGroupsLive_AsksForTheName()
    {
        await _harness.RunAsync("/group create name:\"Algo Club\"");
        await _harness.RunAsync("/group create name:\"Chess Club\"");

        var reply = await Refusal.AssertRefusedAsync(_harness, "/group info", "you");

        Assert.Equal("Name the group, e.g. `name:\"Algo Club\"`; several groups call this channel home.", reply.Text);
    }

    [Fact]
    public async Task Info_InAnEmptyWorkspace_SaysThereIsNoSuchGroupAndStoresNothing()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/group info name:\"Algo Club\"", "you");

        Assert.Equal("There is no group named \"Algo Club\" here. `/group list` shows the groups of this workspace.", reply.Text);
    }
}
