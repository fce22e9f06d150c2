using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Tests.Support;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Groups;

public sealed class GroupSettingsTests : IDisposable
{
    private readonly CommandHarness _harness = new();

    public GroupSettingsTests()
    {
        _harness.RunAsync("/group create name:\"Algo Club\" timezone:Europe/Berlin", @as: "alice").GetAwaiter().GetResult();
        _harness.RunAsync("/group join name:\"Algo Club\"", @as: "bob").GetAwaiter().GetResult();
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Rename_ByTheOrganizer_ChangesTheNameAndAnnouncesIt()
    {
        var reply = await _harness.RunAsync("/group settings name:\"Algo Club\" new-name:\"Algorithms Club\"", @as: "alice");

        ReplyAssert.IsSuccess(reply);
        Assert.False(reply.Ephemeral);
        Assert.Equal("Updated **Algorithms Club**: name → Algorithms Club.", reply.Text);
        var group = await GroupAsync();
        Assert.Equal("Algorithms Club", group.Name);
        Assert.Equal("ALGORITHMS CLUB", group.NormalizedName);
    }

    [Fact]
    public async Task Rename_ToTheSameNameInOtherCase_IsAllowed()
    {
        var reply = await _harness.RunAsync("/group settings name:\"Algo Club\" new-name:\"ALGO CLUB\"", @as: "alice");

        ReplyAssert.IsSuccess(reply);
        Assert.Equal("ALGO CLUB", (await GroupAsync()).Name);
    }

    [Fact]
    public async Task Rename_ToAnotherGroupsNameIgnoringCase_IsRefusedAndChangesNothing()
    {
        await _harness.RunAsync("/group create name:\"Chess Club\"", @as: "alice");
        var before = await SnapshotAsync();

        var reply = await Refusal.AssertRefusedAsync(_harness, "/group settings name:\"Algo Club\" new-name:\"chess club\"", "alice");

        Assert.Equal("A group named \"chess club\" already exists here. Pick another name.", reply.Text);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Rename_OverTheLimit_IsRefusedAndChangesNothing()
    {
        var before = await SnapshotAsync();

        var reply = await Refusal.AssertRefusedAsync(_harness, $"/group settings name:\"Algo Club\" new-name:{new string('n', 81)}", "alice");

        Assert.Equal("`new-name` can be at most 80 characters; yours has 81. Shorten it and try again.", reply.Text);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task TimeZone_ByTheOrganizer_IsChanged()
    {
        var reply = await _harness.RunAsync("/group settings name:\"Algo Club\" timezone:america/new_york", @as: "alice");

        Assert.Equal("Updated **Algo Club**: time zone → America/New_York.", reply.Text);
        Assert.Equal("America/New_York", (await GroupAsync()).TimeZoneId);
    }

    [Fact]
    public async Task TimeZone_AsOffset_IsStoredWithTheDaylightSavingWarning()
    {
        var reply = await _harness.RunAsync("/group settings name:\"Algo Club\" timezone:UTC-5", @as: "alice");

        ReplyAssert.IsSuccess(reply);
        Assert.Equal(
            "Updated **Algo Club**: time zone → UTC-05:00.\nNote: `UTC-05:00` is a fixed offset: it does not follow daylight saving. If clocks change where you are, type your city instead, such as `America/New_York` or `America/Chicago`.",
            reply.Text);
        Assert.Equal("UTC-05:00", (await GroupAsync()).TimeZoneId);
    }

    [Theory]
    [InlineData("\"sao paulo\"", "America/Sao_Paulo")]
    [InlineData("\"new york\"", "America/New_York")]
    [InlineData("PST", "America/Los_Angeles")]
    public async Task TimeZone_AsACityOrAbbreviation_IsStoredAsTheIanaZone(string typed, string id)
    {
        var reply = await _harness.RunAsync($"/group settings name:\"Algo Club\" timezone:{typed}", @as: "alice");

        Assert.Equal($"Updated **Algo Club**: time zone → {id}.", reply.Text);
        Assert.Equal(id, (await GroupAsync()).TimeZoneId);
    }

    [Fact]
    public async Task TimeZone_AmbiguousAbbreviation_IsRefusedListingTheZones()
    {
        var before = await SnapshotAsync();

        var reply = await Refusal.AssertRefusedAsync(_harness, "/group settings name:\"Algo Club\" timezone:IST", "alice");

        Assert.Equal("`IST` is used for more than one zone: India (`Asia/Kolkata`), Israel (`Asia/Jerusalem`) or Ireland (`Europe/Dublin`). Type the zone you mean, such as `Asia/Kolkata`.", reply.Text);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task TimeZone_Unknown_IsRefusedAndNothingElseGivenIsApplied()
    {
        var before = await SnapshotAsync();

        var reply = await Refusal.AssertRefusedAsync(_harness, "/group settings name:\"Algo Club\" channel:#other timezone:Europe/Berln description:\"new\"", "alice");

        Assert.Equal("Unknown time zone `Europe/Berln`. Did you mean `Europe/Berlin`?", reply.Text);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Channel_ByTheOrganizer_RehomesTheGroup()
    {
        var reply = await _harness.RunAsync("/group settings name:\"Algo Club\" channel:#study-hall", @as: "alice");

        Assert.Equal("Updated **Algo Club**: home channel → #study-hall.", ReplyAssert.Plain(reply));
        Assert.Equal("study-hall", (await GroupAsync()).HomeChannelId);
    }

    [Fact]
    public async Task Channel_GivenAsADiscordMention_StoresTheChannelId()
    {
        await _harness.RunAsync("/group settings name:\"Algo Club\" channel:<#123456>", @as: "alice");

        Assert.Equal("123456", (await GroupAsync()).HomeChannelId);
    }

    [Fact]
    public async Task DescriptionAndCharter_ByTheOrganizer_AreStoredTogether()
    {
        var reply = await _harness.RunAsync("/group settings name:\"Algo Club\" description:\"Graphs and DP\" charter:\"Come prepared\"", @as: "alice");

        Assert.Equal("Updated **Algo Club**: description; charter.", reply.Text);
        var group = await GroupAsync();
        Assert.Equal("Graphs and DP", group.Description);
        Assert.Equal("Come prepared", group.Charter);
    }

    [Fact]
    public async Task Description_GivenEmpty_ClearsIt()
    {
        await _harness.RunAsync("/group settings name:\"Algo Club\" description:\"Graphs\"", @as: "alice");

        await _harness.RunAsync("/group settings name:\"Algo Club\" description:\"\"", @as: "alice");

        Assert.Null((await GroupAsync()).Description);
    }

    [Fact]
    public async Task Charter_OverTheLimit_IsRefusedAndNothingElseGivenIsApplied()
    {
        var before = await SnapshotAsync();

        var reply = await Refusal.AssertRefusedAsync(_harness, $"/group settings name:\"Algo Club\" description:ok charter:\"{new string('c', 1001)}\"", "alice");

        Assert.Equal("`charter` can be at most 1000 characters; yours has 1001. Shorten it and try again.", reply.Text);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Description_OverTheLimit_IsRefused()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, $"/group settings name:\"Algo Club\" description:\"{new string('d', 1001)}\"", "alice");

        Assert.Equal("`description` can be at most 1000 characters; yours has 1001. Shorten it and try again.", reply.Text);
    }

    [Fact]
    public async Task AddOrganizer_PromotesAMember()
    {
        var reply = await _harness.RunAsync("/group settings name:\"Algo Club\" add-organizer:@bob", @as: "alice");

        Assert.Equal("Updated **Algo Club**: organizer added: @bob.", ReplyAssert.Plain(reply));
        Assert.Equal(["alice", "bob"], (await SnapshotAsync()).Organizers);
    }

    [Fact]
    public async Task AddOrganizer_WhoIsNotAMember_IsRefusedAndChangesNothing()
    {
        var before = await SnapshotAsync();

        var reply = await Refusal.AssertRefusedAsync(_harness, "/group settings name:\"Algo Club\" add-organizer:@carol", "alice");

        Assert.Equal("That user is not a member of Algo Club; they must `/group join` first.", reply.Text);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task SeveralChanges_AreAppliedTogether()
    {
        var reply = await _harness.RunAsync("/group settings name:\"Algo Club\" new-name:Algorithms timezone:Asia/Tokyo channel:#algo add-organizer:bob", @as: "alice");

        ReplyAssert.IsSuccess(reply);
        var after = await SnapshotAsync("Algorithms");
        Assert.Equal(new GroupSnapshot("Algorithms", "Asia/Tokyo", "algo", null, null, ["alice", "bob"]), after);
    }

    [Theory]
    [InlineData("new-name:Hijacked")]
    [InlineData("timezone:Asia/Tokyo")]
    [InlineData("channel:#elsewhere")]
    [InlineData("description:\"Not ours\"")]
    [InlineData("charter:\"No rules\"")]
    [InlineData("add-organizer:@bob")]
    public async Task AnySetting_ChangedByAPlainMember_IsRefusedPolitelyAndChangesNothing(string change)
    {
        var before = await SnapshotAsync();

        var reply = await Refusal.AssertRefusedAsync(_harness, $"/group settings name:\"Algo Club\" {change}", "bob");

        Assert.Equal("Only organizers of Algo Club can change its settings. Ask one of them: alice.", reply.Text);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Settings_ChangedBySomeoneOutsideTheGroup_IsRefused()
    {
        var before = await SnapshotAsync();

        var reply = await Refusal.AssertRefusedAsync(_harness, "/group settings name:\"Algo Club\" timezone:Asia/Tokyo", "mallory");

        Assert.StartsWith("Only organizers of Algo Club can change its settings.", reply.Text, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Settings_ChangedByAWorkspaceAdminWhoIsNotAMember_AreApplied()
    {
        var reply = await _harness.RunAsync("/group settings name:\"Algo Club\" timezone:Asia/Tokyo add-organizer:@bob", @as: "admin", admin: true);

        ReplyAssert.IsSuccess(reply);
        var after = await SnapshotAsync();
        Assert.Equal("Asia/Tokyo", after.TimeZoneId);
        Assert.Equal(["alice", "bob"], after.Organizers);
    }

    [Fact]
    public async Task Settings_WithNothingToChange_SaysWhatCanBeChanged()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/group settings name:\"Algo Club\"", "alice");

        Assert.StartsWith("Say what to change, e.g. `/group settings name:\"Algo Club\" timezone:Europe/Berlin`.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_WithoutName_ChangeTheGroupHomedInThisChannel()
    {
        var reply = await _harness.RunAsync("/group settings charter:\"Be on time\"", @as: "alice", channel: "general");

        ReplyAssert.IsSuccess(reply);
        Assert.Equal("Be on time", (await GroupAsync()).Charter);
    }

    private async Task<Core.Groups.Group> GroupAsync()
    {
        await using var db = _harness.Db();
        return await db.Groups.SingleAsync(g => g.Name != "Chess Club");
    }

    private async Task<GroupSnapshot> SnapshotAsync(string name = "Algo Club")
    {
        await using var db = _harness.Db();
        var group = await db.Groups.Include(g => g.Members).SingleAsync(g => g.Name == name);
        return new GroupSnapshot(
            group.Name,
            group.TimeZoneId,
            group.HomeChannelId,
            group.Description,
            group.Charter,
            group.Members.Where(m => m.IsOrganizer).Select(m => m.UserId).Order(StringComparer.Ordinal).ToList());
    }

    private sealed record GroupSnapshot(string Name, string TimeZoneId, string HomeChannelId, string? Description, string? Charter, IReadOnlyList<string> Organizers)
    {
        public bool Equals(GroupSnapshot? other) =>
            other is not null
            && (Name, TimeZoneId, HomeChannelId, Description, Charter) == (other.Name, other.TimeZoneId, other.HomeChannelId, other.Description, other.Charter)
            && Organizers.SequenceEqual(other.Organizers);

        public override int GetHashCode() => HashCode.Combine(Name, TimeZoneId, HomeChannelId, Description, Charter);
    }
}
