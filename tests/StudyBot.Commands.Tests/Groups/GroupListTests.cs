using StudyBot.Commands.Tests.Support;
using StudyBot.Core;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Groups;

public sealed class GroupListTests : IDisposable
{
    private readonly CommandHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task List_WithoutGroups_SaysHowToStartOneAndStoresNothing()
    {
        var reply = await _harness.RunAsync("/group list");

        ReplyAssert.IsSuccess(reply);
        Assert.True(reply.Ephemeral);
        Assert.Equal("No study groups here yet. Start one with `/group create name:\"Algo Club\" timezone:Europe/Berlin`.", reply.Text);
        Assert.Equal(new StoreCounts(0, 0, 0, 0), await StoreCounts.ReadAsync(_harness));
    }

    [Fact]
    public async Task List_ShowsGroupsByNameWithMemberCountZoneAndChannel()
    {
        await _harness.RunAsync("/group create name:\"Chess Club\" timezone:America/New_York", channel: "chess");
        await _harness.RunAsync("/group create name:\"algo club\" timezone:Europe/Berlin", channel: "algo");
        await _harness.RunAsync("/group join name:\"algo club\"", @as: "bob");

        var reply = await _harness.RunAsync("/group list");

        Assert.Equal(
            """
            Study groups:
            • **algo club**: 2 members, Europe/Berlin, #algo
            • **Chess Club**: 1 member, America/New_York, #chess
            """.ReplaceLineEndings("\n"),
            ReplyAssert.Plain(reply));
    }

    [Fact]
    public async Task List_ShowsOnlyTheGroupsOfThisWorkspace()
    {
        await _harness.RunAsync("/group create name:\"Algo Club\"");
        _harness.Workspace = new(Platform.Slack, "T123");
        await _harness.RunAsync("/group create name:\"Slack Readers\"");

        var reply = await _harness.RunAsync("/group list");

        Assert.Contains("Slack Readers", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Algo Club", reply.Text, StringComparison.Ordinal);
    }
}
