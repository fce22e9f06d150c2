using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Tests.Support;
using StudyBot.Core;
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
    public async Task Create_RepliesPubliclyWithZoneChannelOrganizerAndHowToJoin()
    {
        var reply = await _harness.RunAsync("/group create name:\"Algo Club\" timezone:Europe/Berlin", @as: "alice", channel: "study");

        Assert.False(reply.Ephemeral);
        Assert.Equal(
            "Created **Algo Club** in #study, time zone Europe/Berlin. Organizer: @alice.\nOthers join with `/group join name:\"Algo Club\"`.",
            ReplyAssert.Plain(reply));
        await using var db = _harness.Db();
        Assert.Equal("study", (await db.Groups.SingleAsync()).HomeChannelId);
    }

    [Fact]
    public async Task Create_WithDuplicateNameIgnoringCase_IsRefusedAndStoresNothingMore()
    {
        await _harness.RunAsync("/group create name:\"Algo Club\" timezone:Europe/Berlin");

        var reply = await Refusal.AssertRefusedAsync(_harness, "/group create name:\"  ALGO club \"", "bob");

        Assert.Equal("A group named \"Algo Club\" already exists here. Pick another name, or join it with `/group join name:\"Algo Club\"`.", reply.Text);
        await using var db = _harness.Db();
        Assert.Equal(1, await db.Groups.CountAsync());
        Assert.Equal(1, await db.GroupMembers.CountAsync());
    }

    [Fact]
    public async Task Create_SameNameInAnotherWorkspace_IsAllowed()
    {
        await _harness.RunAsync("/group create name:\"Algo Club\"");
        _harness.Workspace = new(Platform.Discord, "guild-2");

        var reply = await _harness.RunAsync("/group create name:\"Algo Club\"");

        ReplyAssert.IsSuccess(reply);
        await using var db = _harness.Db();
        Assert.Equal(2, await db.Groups.CountAsync());
        Assert.Equal(2, await db.Workspaces.CountAsync());
    }

    [Fact]
    public async Task Create_WithUnknownZone_SuggestsTheClosestAndStoresNothing()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/group create name:\"Algo Club\" timezone:Europe/Berln", "alice");

        Assert.Equal("Unknown time zone `Europe/Berln`. Did you mean `Europe/Berlin`?", reply.Text);
        Assert.Equal(new StoreCounts(0, 0, 0, 0), await StoreCounts.ReadAsync(_harness));
    }

    [Fact]
    public async Task Create_WithZoneInOtherCase_StoresTheCanonicalId()
    {
        await _harness.RunAsync("/group create name:\"Algo Club\" timezone:america/new_york");

        await using var db = _harness.Db();
        Assert.Equal("America/New_York", (await db.Groups.SingleAsync()).TimeZoneId);
    }

    [Fact]
    public async Task Create_WithUtcOffset_StoresAFixedOffsetAndWarnsAboutDaylightSaving()
    {
        var reply = await _harness.RunAsync("/group create name:\"Algo Club\" timezone:UTC+2");

        ReplyAssert.IsSuccess(reply);
        Assert.Contains("time zone UTC+02:00", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("Note: `UTC+02:00` is a fixed offset: it does not follow daylight saving. If clocks change where you are, type your city instead, such as `Europe/Berlin` or `Europe/Athens`.", reply.Text, StringComparison.Ordinal);
        await using var db = _harness.Db();
        Assert.Equal("UTC+02:00", (await db.Groups.SingleAsync()).TimeZoneId);
    }

    [Fact]
    public async Task Create_WithImpossibleOffset_IsRefusedAndStoresNothing()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/group create name:\"Algo Club\" timezone:UTC+15", "alice");

        Assert.Equal("`UTC+15` is not a real UTC offset; offsets run from UTC-12 to UTC+14.", reply.Text);
    }

    [Fact]
    public async Task Create_WithoutZone_UsesTheCreatorsOwnZone()
    {
        await _harness.RunAsync("/timezone set zone:America/New_York", @as: "alice");

        await _harness.RunAsync("/group create name:\"Algo Club\"", @as: "alice");

        await using var db = _harness.Db();
        Assert.Equal("America/New_York", (await db.Groups.SingleAsync()).TimeZoneId);
    }

    [Fact]
    public async Task Create_WithoutZoneOrOwnZone_UsesUtc()
    {
        var reply = await _harness.RunAsync("/group create name:\"Algo Club\"");

        Assert.DoesNotContain("Note:", reply.Text, StringComparison.Ordinal);
        await using var db = _harness.Db();
        Assert.Equal("UTC", (await db.Groups.SingleAsync()).TimeZoneId);
    }

    [Fact]
    public async Task Create_WithNameAtTheLimit_IsAccepted()
    {
        var name = new string('n', 80);

        var reply = await _harness.RunAsync($"/group create name:{name}");

        ReplyAssert.IsSuccess(reply);
        await using var db = _harness.Db();
        Assert.Equal(name, (await db.Groups.SingleAsync()).Name);
    }

    [Fact]
    public async Task Create_WithNameOverTheLimit_IsRefusedAndStoresNothing()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, $"/group create name:{new string('n', 81)}", "alice");

        Assert.Equal("`name` can be at most 80 characters; yours has 81. Shorten it and try again.", reply.Text);
    }

    [Fact]
    public async Task Create_WithBlankName_IsRefusedAndStoresNothing()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/group create name:\"   \"", "alice");

        // A blank required option counts as missing, so the catalog's own message answers it.
        Assert.Equal("`/group create` needs `name` (The group's name). Example: `/group create name:\"Algo Club\" timezone:Europe/Berlin`.", reply.Text);
    }

    [Fact]
    public async Task Create_WithDescriptionOverTheLimit_IsRefusedAndStoresNothing()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, $"/group create name:Algo description:\"{new string('d', 1001)}\"", "alice");

        Assert.Equal("`description` can be at most 1000 characters; yours has 1001. Shorten it and try again.", reply.Text);
    }

    [Fact]
    public async Task Create_WithCharterOverTheLimit_IsRefusedAndStoresNothing()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, $"/group create name:Algo charter:\"{new string('c', 1001)}\"", "alice");

        Assert.Equal("`charter` can be at most 1000 characters; yours has 1001. Shorten it and try again.", reply.Text);
    }

    [Fact]
    public async Task Create_WithDescriptionAndCharterAtTheLimit_StoresBoth()
    {
        var description = new string('d', 1000);

        var reply = await _harness.RunAsync($"/group create name:Algo description:\"{description}\" charter:\"Come prepared; be kind.\"");

        ReplyAssert.IsSuccess(reply);
        await using var db = _harness.Db();
        var group = await db.Groups.SingleAsync();
        Assert.Equal(description, group.Description);
        Assert.Equal("Come prepared; be kind.", group.Charter);
    }

    [Fact]
    public async Task Create_WithTypographicQuotes_ReadsTheNameWhole()
    {
        await _harness.RunAsync("/group create name:\u201CAlgo Club\u201D timezone:Europe/Berlin");

        await using var db = _harness.Db();
        Assert.Equal("Algo Club", (await db.Groups.SingleAsync()).Name);
    }
}
