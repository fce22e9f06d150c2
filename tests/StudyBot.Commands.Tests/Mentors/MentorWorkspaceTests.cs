using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using StudyBot.Application;
using StudyBot.Application.Members;
using StudyBot.Commands.Tests.Meetings;
using StudyBot.Core;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Mentors;

/// <summary>A mentor must be a person in the workspace, as the platform says; the platform is asked only once everything else is in order.</summary>
public sealed class MentorWorkspaceTests
{
    private readonly Mock<IPlatformMembers> _platform = new();

    public MentorWorkspaceTests() => _platform.SetupGet(p => p.Platform).Returns(Platform.Console);

    [Theory]
    [InlineData(WorkspacePresence.Outside, "dave is not in this workspace, so they cannot be a mentor. Choose someone who is here (they need not be in the group).")]
    [InlineData(WorkspacePresence.Deactivated, "dave's account is deactivated in this workspace, so they cannot be a mentor.")]
    [InlineData(WorkspacePresence.Bot, "dave is a bot; a mentor has to be a person.")]
    public async Task AMentorThePlatformDoesNotKnowAsAPersonHere_IsRefused_AndNothingIsStored(WorkspacePresence presence, string error)
    {
        Answer("dave", presence);
        using var harness = await CreateAsync();

        var reply = await harness.RunAsync("/mentor link member:@bob mentor:@dave", @as: "bob");

        Assert.True(reply.IsError);
        Assert.True(reply.Ephemeral);
        Assert.Equal(error, reply.Text);
        await using var db = harness.Db();
        Assert.Equal(0, await db.Mentorships.CountAsync());
        Assert.Equal(0, await db.ScheduledWork.CountAsync(w => w.OwnerType == "mentorship"));
    }

    [Theory]
    [InlineData(WorkspacePresence.Member)]
    [InlineData(WorkspacePresence.Unknown)]   // an outage never refuses a real colleague
    public async Task AMentorInTheWorkspace_OrWhenThePlatformCannotSay_IsPaired(WorkspacePresence presence)
    {
        Answer("carol", presence);
        using var harness = await CreateAsync();

        var reply = await harness.RunAsync("/mentor link member:@bob mentor:@carol", @as: "bob");

        Assert.False(reply.IsError, reply.Text);
        _platform.Verify(p => p.FindAsync(It.Is<WorkspaceRef>(w => w.Platform == Platform.Console), "carol", It.IsAny<CancellationToken>()), Times.Once);
        await using var db = harness.Db();
        Assert.Equal("carol", (await db.Mentorships.SingleAsync()).MentorUserId);
    }

    [Fact]
    public async Task APairingRefusedForAnotherReason_DoesNotAskThePlatform()
    {
        using var harness = await CreateAsync();

        var reply = await harness.RunAsync("/mentor link member:@bob mentor:@carol every:someday", @as: "bob");

        Assert.True(reply.IsError);
        _platform.Verify(p => p.FindAsync(It.IsAny<WorkspaceRef>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task AnotherPlatformsSource_IsNotAsked()
    {
        Answer("carol", WorkspacePresence.Outside);
        _platform.SetupGet(p => p.Platform).Returns(Platform.Slack);
        using var harness = await CreateAsync();

        var reply = await harness.RunAsync("/mentor link member:@bob mentor:@carol", @as: "bob");

        Assert.False(reply.IsError, reply.Text);
    }

    private void Answer(string user, WorkspacePresence presence) =>
        _platform.Setup(p => p.FindAsync(It.IsAny<WorkspaceRef>(), user, It.IsAny<CancellationToken>())).ReturnsAsync(presence);

    private Task<CommandHarness> CreateAsync() => MeetingHarness.CreateAsync(configure: s => s.AddSingleton(_platform.Object));
}
