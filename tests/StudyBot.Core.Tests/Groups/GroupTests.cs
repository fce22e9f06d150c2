using NodaTime;
using StudyBot.Core.Groups;

namespace StudyBot.Core.Tests.Groups;

public sealed class GroupTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 12, 0);

    [Fact]
    public void Create_TrimsTheNameAndMakesTheCreatorTheFirstOrganizer()
    {
        var group = NewGroup("  Algo Club  ");

        Assert.Equal("Algo Club", group.Name);
        Assert.Equal("ALGO CLUB", group.NormalizedName);
        Assert.Equal(Now, group.CreatedAt);
        var creator = Assert.Single(group.Members);
        Assert.Equal(("alice", "Alice", true, Now), (creator.UserId, creator.DisplayName, creator.IsOrganizer, creator.JoinedAt));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Create_WithoutAName_IsRefused(string? name)
    {
        var result = Group.Create(1, name!, "general", "UTC", "alice", "Alice", Now);

        Assert.Equal("A group needs a name, for example `name:\"Algo Club\"`.", result.Error?.Message);
    }

    [Fact]
    public void Create_WithANameOverTheLimit_IsRefused()
    {
        var result = Group.Create(1, new string('n', GroupLimits.NameMaxLength + 1), "general", "UTC", "alice", "Alice", Now);

        Assert.Equal("Group names can be at most 80 characters; this one has 81.", result.Error?.Message);
    }

    [Fact]
    public void Create_WithANameAtTheLimitPlusSpaces_IsAccepted()
    {
        var result = Group.Create(1, $"  {new string('n', GroupLimits.NameMaxLength)}  ", "general", "UTC", "alice", "Alice", Now);

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void Join_AfterTheLastMemberLeft_MakesTheNewcomerOrganizer()
    {
        var group = Group.Create(1, "Algo Club", "general", "UTC", "alice", "alice", Instant.FromUtc(2026, 1, 1, 0, 0)).Value!;
        Assert.True(group.Leave("alice").IsSuccess);

        var bob = group.Join("bob", "bob", Instant.FromUtc(2026, 1, 2, 0, 0)).Value!;
        var carol = group.Join("carol", "carol", Instant.FromUtc(2026, 1, 3, 0, 0)).Value!;

        Assert.True(bob.IsOrganizer);
        Assert.False(carol.IsOrganizer);
    }

    [Fact]
    public void Normalize_IgnoresCaseAndSurroundingSpace()
    {
        Assert.Equal(Group.Normalize("algo club"), Group.Normalize(" ALGO Club "));
        Assert.NotEqual(Group.Normalize("Algo Club"), Group.Normalize("Algo  Club"));
    }

    [Fact]
    public void Join_AddsAPlainMember()
    {
        var group = NewGroup();

        var joined = group.Join("bob", "Bob", Now.Plus(Duration.FromMinutes(5)));

        Assert.True(joined.IsSuccess);
        Assert.False(joined.Value!.IsOrganizer);
        Assert.Equal(2, group.Members.Count);
    }

    [Fact]
    public void Join_Twice_IsRefusedAndAddsNobody()
    {
        var group = NewGroup();
        group.Join("bob", "Bob", Now);

        var again = group.Join("bob", "Bob", Now);

        Assert.Equal("You are already a member of Algo Club.", again.Error?.Message);
        Assert.Equal(2, group.Members.Count);
    }

    [Fact]
    public void Leave_ByAMember_RemovesThem()
    {
        var group = NewGroup();
        group.Join("bob", "Bob", Now);

        var left = group.Leave("bob");

        Assert.Equal("bob", left.Value?.UserId);
        Assert.Null(group.FindMember("bob"));
    }

    [Fact]
    public void Leave_ByANonMember_IsRefused()
    {
        var group = NewGroup();

        Assert.Equal("You are not a member of Algo Club, so there is nothing to leave.", group.Leave("carol").Error?.Message);
        Assert.Single(group.Members);
    }

    [Fact]
    public void Leave_ByTheOnlyOrganizerWhileOthersRemain_IsRefused()
    {
        var group = NewGroup();
        group.Join("bob", "Bob", Now);

        var left = group.Leave("alice");

        Assert.StartsWith("You are the only organizer of Algo Club.", left.Error?.Message, StringComparison.Ordinal);
        Assert.NotNull(group.FindMember("alice"));
    }

    [Fact]
    public void Leave_ByTheOnlyOrganizerWhoIsAlone_IsAllowed()
    {
        var group = NewGroup();

        Assert.True(group.Leave("alice").IsSuccess);
        Assert.Empty(group.Members);
    }

    [Fact]
    public void Leave_ByOneOfTwoOrganizers_IsAllowed()
    {
        var group = NewGroup();
        group.Join("bob", "Bob", Now);
        group.Promote("bob");

        Assert.True(group.Leave("alice").IsSuccess);
        Assert.True(group.FindMember("bob")!.IsOrganizer);
    }

    [Fact]
    public void Promote_ANonMember_IsRefused()
    {
        var group = NewGroup();

        Assert.Equal("That user is not a member of Algo Club; they must `/group join` first.", group.Promote("carol").Error?.Message);
    }

    [Fact]
    public void Rename_UpdatesTheNormalizedNameToo()
    {
        var group = NewGroup();

        var renamed = group.Rename(" Chess Club ");

        Assert.True(renamed.IsSuccess);
        Assert.Equal(("Chess Club", "CHESS CLUB"), (group.Name, group.NormalizedName));
    }

    [Fact]
    public void Rename_ToAnInvalidName_KeepsTheOldOne()
    {
        var group = NewGroup();

        Assert.False(group.Rename(new string('n', 81)).IsSuccess);
        Assert.False(group.Rename(" ").IsSuccess);
        Assert.Equal(("Algo Club", "ALGO CLUB"), (group.Name, group.NormalizedName));
    }

    [Fact]
    public void SetDescription_TrimsAndStoresWithinTheLimit()
    {
        var group = NewGroup();

        Assert.True(group.SetDescription($"  {new string('d', 1000)}  ").IsSuccess);
        Assert.Equal(1000, group.Description!.Length);
    }

    [Fact]
    public void SetDescription_OverTheLimit_IsRefusedAndKeepsTheOldText()
    {
        var group = NewGroup();
        group.SetDescription("Graphs");

        var result = group.SetDescription(new string('d', 1001));

        Assert.Equal("Descriptions can be at most 1000 characters; this one has 1001.", result.Error?.Message);
        Assert.Equal("Graphs", group.Description);
    }

    [Fact]
    public void SetCharter_OverTheLimit_IsRefusedAndKeepsTheOldText()
    {
        var group = NewGroup();
        group.SetCharter("Be kind");

        var result = group.SetCharter(new string('c', 1001));

        Assert.Equal("Charters can be at most 1000 characters; this one has 1001.", result.Error?.Message);
        Assert.Equal("Be kind", group.Charter);
    }

    [Fact]
    public void SetCharter_Blank_ClearsIt()
    {
        var group = NewGroup();
        group.SetCharter("Be kind");

        group.SetCharter("   ");

        Assert.Null(group.Charter);
    }

    private static Group NewGroup(string name = "Algo Club") =>
        Group.Create(7, name, "general", "Europe/Berlin", "alice", "Alice", Now).Value!;
}
