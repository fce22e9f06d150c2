using Microsoft.EntityFrameworkCore;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Groups;

public sealed class GroupCreateTests : IDisposable
{
    private readonly CommandHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Create_StoresGroupWithZoneAndCreatorAsOrganizer()
    {
        var reply = await _harness.RunAsync("/group create name:\"Algo Club\" timezone:Europe/Berlin", @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        await using var db = _harness.Db();
        var group = await db.Groups.Include(g => g.Members).SingleAsync();
        Assert.Equal("Algo Club", group.Name);
        Assert.Equal("Europe/Berlin", group.TimeZoneId);
        Assert.Equal("general", group.HomeChannelId);
        var member = Assert.Single(group.Members);
        Assert.Equal("alice", member.UserId);
        Assert.True(member.IsOrganizer);
    }

    [Fact]
    public async Task Create_WithDuplicateNameIgnoringCase_IsRefusedAndStoresNothingMore()
    {
        await _harness.RunAsync("/group create name:\"Algo Club\" timezone:Europe/Berlin");

        var reply = await _harness.RunAsync("/group create name:\"algo club\"", @as: "bob");

        Assert.True(reply.IsError);
        Assert.True(reply.Ephemeral);
        Assert.Equal("A group named \"Algo Club\" already exists here. Pick another name, or join it with `/group join name:\"Algo Club\"`.", reply.Text);
        await using var db = _harness.Db();
        Assert.Equal(1, await db.Groups.CountAsync());
        Assert.Equal(1, await db.GroupMembers.CountAsync());
    }
}
