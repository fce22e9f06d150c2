using StudyBot.Application.Meetings;
using StudyBot.Application;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Tests.Support;
using StudyBot.Core;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Groups;

public sealed class GroupDiscordEventsTests : IDisposable
{
    private readonly CountingListener _listener = new();
    private readonly CommandHarness _harness;

    public GroupDiscordEventsTests()
    {
        _harness = new CommandHarness(s => s.AddSingleton<IMeetingsChangedListener>(_listener));
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task DiscordEvents_InAConsoleWorkspace_IsRefusedAndStoresNothing()
    {
        await SetUpAsync();

        var reply = await Refusal.AssertRefusedAsync(_harness, "/group settings name:\"Algo Club\" discord-events:true", "alice");

        Assert.Equal("Mirroring meetings as Discord events works only in Discord servers.", reply.Text);
        Assert.False(await MirroredAsync());
        Assert.Equal(0, _listener.Count);
    }

    [Fact]
    public async Task DiscordEvents_WithOtherChanges_InAConsoleWorkspace_ChangesNothing()
    {
        await SetUpAsync();

        await Refusal.AssertRefusedAsync(_harness, "/group settings name:\"Algo Club\" timezone:Asia/Tokyo discord-events:true", "alice");

        await using var db = _harness.Db();
        Assert.Equal("Europe/Berlin", (await db.Groups.SingleAsync()).TimeZoneId);
    }

    [Fact]
    public async Task DiscordEvents_ByAMember_IsRefused()
    {
        _harness.Workspace = new WorkspaceRef(Platform.Discord, "200");
        await SetUpAsync();

        var reply = await Refusal.AssertRefusedAsync(_harness, "/group settings name:\"Algo Club\" discord-events:true", "bob");

        Assert.Equal("Only organizers of Algo Club can change its settings. Ask one of them: alice.", reply.Text);
        Assert.False(await MirroredAsync());
        Assert.Equal(0, _listener.Count);
    }

    [Fact]
    public async Task DiscordEvents_ByTheOrganizerInDiscord_IsStoredAndTellsTheListenersOnce()
    {
        _harness.Workspace = new WorkspaceRef(Platform.Discord, "200");
        await SetUpAsync();

        var on = await _harness.RunAsync("/group settings name:\"Algo Club\" discord-events:true", @as: "alice");
        var again = await _harness.RunAsync("/group settings name:\"Algo Club\" discord-events:true", @as: "alice");

        ReplyAssert.IsSuccess(on);
        ReplyAssert.IsSuccess(again);
        Assert.True(await MirroredAsync());
        Assert.Equal(1, _listener.Count);

        var off = await _harness.RunAsync("/group settings name:\"Algo Club\" discord-events:false", @as: "alice");

        Assert.Equal("Updated **Algo Club**: meetings no longer mirrored as Discord server events.", off.Text);
        Assert.False(await MirroredAsync());
        Assert.Equal(2, _listener.Count);
    }

    [Fact]
    public async Task MeetingChanges_TellTheListenersAfterCommit()
    {
        await SetUpAsync();

        await Require("/meeting schedule group:\"Algo Club\" title:Graphs start:\"2026-11-24 19:00\" repeat:\"every tue\"");
        await Require("/meeting move date:2026-11-24 to:\"2026-11-25 18:00\" group:\"Algo Club\"");
        await Require("/meeting skip date:2026-12-01 group:\"Algo Club\"");
        await Require("/meeting cancel group:\"Algo Club\"");

        Assert.Equal(4, _listener.Count);
    }

    [Fact]
    public void NewGroups_DoNotMirrorByDefault()
    {
        var group = StudyBot.Core.Groups.Group.Create(1, "Algo Club", "general", "UTC", "alice", "alice", NodaTime.Instant.FromUnixTimeSeconds(0)).Value!;

        Assert.False(group.MirrorMeetingsToDiscord);
    }

    private async Task SetUpAsync()
    {
        await Require("/group create name:\"Algo Club\" timezone:Europe/Berlin");
        ReplyAssert.IsSuccess(await _harness.RunAsync("/group join name:\"Algo Club\"", @as: "bob"));
    }

    private async Task Require(string line) => ReplyAssert.IsSuccess(await _harness.RunAsync(line, @as: "alice"));

    private async Task<bool> MirroredAsync()
    {
        await using var db = _harness.Db();
        return (await db.Groups.SingleAsync()).MirrorMeetingsToDiscord;
    }
}
