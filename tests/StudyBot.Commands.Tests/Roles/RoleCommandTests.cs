using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Tests.Meetings;
using StudyBot.Commands.Tests.Support;
using StudyBot.Core.Messaging;
using StudyBot.Core.Roles;

namespace StudyBot.Commands.Tests.Roles;

public sealed class RoleCommandTests
{
    [Fact]
    public async Task Upcoming_ForecastsAFairRoundRobin_MarkedAsAForecast()
    {
        using var harness = await RoleHarness.CreateAsync();

        var reply = await harness.RunAsync("/role upcoming", @as: "bob");

        Assert.True(reply.Ephemeral);
        Assert.Equal(
            [
                "Roles at the next meetings of **Algo Club**:",
                "Tue 16 Mar 2027 19:00 CET, **Weekly review** (forecast)",
                "  • Facilitator: @alice",
                "  • Note-taker: @bob",
                "Tue 23 Mar 2027 19:00 CET, **Weekly review** (forecast)",
                "  • Facilitator: @bob",
                "  • Note-taker: @carol",
                "Tue 30 Mar 2027 19:00 CEST, **Weekly review** (forecast)",
                "  • Facilitator: @carol",
                "  • Note-taker: @alice",
                "Tue 6 Apr 2027 19:00 CEST, **Weekly review** (forecast)",
                "  • Facilitator: @alice",
                "  • Note-taker: @bob",
                "A forecast can still change: it follows who says they can't come, away periods and swaps.",
            ],
            RichText.ToPlain(reply.Text).Split('\n'));
    }

    [Fact]
    public async Task List_ShowsEachRoleAndWhoDoesItNext()
    {
        using var harness = await RoleHarness.CreateAsync();

        var reply = await harness.RunAsync("/role list", @as: "carol");

        Assert.Equal(
            "Roles of **Algo Club** (next meeting Tue 16 Mar 2027 19:00 CET, forecast):\n• **Facilitator** (Keeps the meeting on track): @alice\n• **Note-taker**: @bob",
            RichText.ToPlain(reply.Text));
    }

    [Fact]
    public async Task AwayMembers_AndMembersWhoCant_AreSkipped_ARequiredRoleDoublesUpWhenNobodyElseIsFree()
    {
        using var harness = await RoleHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, "/away set from:2027-03-16 until:2027-03-16 note:\"Dentist\"", "alice");
        await MeetingHarness.RequireAsync(harness, "/meeting rsvp status:cant", "bob");

        var reply = await harness.RunAsync("/role upcoming", @as: "carol");

        var lines = RichText.ToPlain(reply.Text).Split('\n');
        Assert.Equal(["  • Facilitator: @carol", "  • Note-taker: @carol"], lines[2..4]);
    }

    [Fact]
    public async Task AwayList_ShowsWhoIsAwayWhen()
    {
        using var harness = await RoleHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, "/away set from:2027-03-20 until:2027-03-28 note:\"Exams\"", "bob");

        var reply = await harness.RunAsync("/away list", @as: "alice");

        Assert.Equal("Away in **Algo Club**:\n• @bob: Sat 20 Mar – Sun 28 Mar 2027 (Exams)", RichText.ToPlain(reply.Text));
    }

    [Fact]
    public async Task AwayClear_EndsThePeriod_AndTheRotationCountsThemAgain()
    {
        using var harness = await RoleHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, "/away set from:2027-03-16 until:2027-03-16", "alice");
        await MeetingHarness.RequireAsync(harness, "/away clear", "alice");

        var reply = await harness.RunAsync("/role upcoming", @as: "alice");

        Assert.Equal("  • Facilitator: @alice", RichText.ToPlain(reply.Text).Split('\n')[2]);
        await using var db = harness.Db();
        Assert.Equal(0, await db.AwayPeriods.CountAsync());
    }

    [Fact]
    public async Task Swap_BeforeTheRotationIsFixed_IsKeptAsAnOverride()
    {
        using var harness = await RoleHarness.CreateAsync();

        var swapped = await harness.RunAsync("/role swap with:@alice", @as: "bob");
        var upcoming = await harness.RunAsync("/role upcoming", @as: "bob");

        Assert.False(swapped.IsError, swapped.Text);
        Assert.StartsWith("@bob and @alice swapped roles at **Weekly review** on Tue 16 Mar 2027 19:00 CET: @alice is now **Note-taker**, @bob is now **Facilitator**.", RichText.ToPlain(swapped.Text), StringComparison.Ordinal);
        Assert.Equal(["  • Facilitator: @bob", "  • Note-taker: @alice"], RichText.ToPlain(upcoming.Text).Split('\n')[2..4]);
        await using var db = harness.Db();
        Assert.All(await db.RoleAssignments.ToListAsync(), a => Assert.Equal((RoleAssignmentSource.Swapped, (NodaTime.Instant?)null), (a.Source, a.FixedAt)));
    }

    [Fact]
    public async Task Swap_ForALaterMeeting_UsesTheForecastUpcomingShows()
    {
        using var harness = await RoleHarness.CreateAsync();

        // The 30 March forecast (carol facilitates, alice takes notes) follows from the two meetings before it.
        var swapped = await harness.RunAsync("/role swap with:@alice date:2027-03-30", @as: "carol");

        Assert.False(swapped.IsError, swapped.Text);
        var upcoming = RichText.ToPlain((await harness.RunAsync("/role upcoming", @as: "carol")).Text).Split('\n');
        Assert.Equal(["  • Facilitator: @alice", "  • Note-taker: @carol"], upcoming[8..10]);
    }

    [Fact]
    public async Task Assign_ByAnOrganizer_OverridesTheForecast()
    {
        using var harness = await RoleHarness.CreateAsync();

        var reply = await harness.RunAsync("/role assign role:facilitator member:@carol date:2027-03-16", @as: "alice");
        var upcoming = await harness.RunAsync("/role upcoming", @as: "bob");

        Assert.Equal("**Facilitator** at **Weekly review** on Tue 16 Mar 2027 19:00 CET: @carol (instead of @alice). (The rotation is not fixed yet; it will keep this.)", RichText.ToPlain(reply.Text));
        Assert.Equal(["  • Facilitator: @carol", "  • Note-taker: @alice"], RichText.ToPlain(upcoming.Text).Split('\n')[2..4]);
    }

    [Theory]
    [InlineData("/role add name:facilitator", "alice", "Algo Club already has a role called Facilitator. `/role list` shows its roles.")]
    [InlineData("/role add name:Timekeeper", "bob", "Only organizers of Algo Club can change its roles. Ask one of them: alice.")]
    [InlineData("/role add name:\"This role name is far too long to be read at a glance\"", "alice", "`name` can be at most 40 characters; yours has 53. Shorten it and try again.")]
    [InlineData("/role remove name:Presenter", "alice", "Algo Club has no role called \"Presenter\"; its roles are Facilitator, Note-taker.")]
    [InlineData("/role assign role:Facilitator member:@carol", "bob", "Only organizers of Algo Club can assign roles. Ask one of them: alice.")]
    [InlineData("/role assign role:Facilitater member:@carol", "alice", "Algo Club has no role called \"Facilitater\". Did you mean Facilitator?")]
    [InlineData("/role assign role:Facilitator member:@mallory", "alice", "@mallory is not a member of Algo Club; they must `/group join` first.")]
    [InlineData("/role swap with:@carol", "bob", "@carol holds no role at **Weekly review** on Tue 16 Mar 2027 19:00 CET, so there is nothing to swap. `/role upcoming` shows who does what; an organizer can give a role with `/role assign`.")]
    [InlineData("/role swap with:@bob member:@alice", "carol", "Only the two members themselves or an organizer of Algo Club can swap their roles.")]
    [InlineData("/role swap with:@bob", "bob", "Name someone else to swap with.")]
    [InlineData("/role swap with:@alice date:2027-03-17", "bob", "Weekly review does not meet on Wed 17 Mar 2027.")]
    [InlineData("/away set from:2027-03-28 until:2027-03-20", "bob", "`until` (Sat 20 Mar 2027) is before `from` (Sun 28 Mar 2027); an away period ends on or after the day it starts.")]
    [InlineData("/away set from:2027-03-20 until:2028-03-28", "bob", "Away periods can be at most a year (366 days); this one is 375 days. Set a shorter one and extend it later.")]
    [InlineData("/away set from:2027-03-01 until:2027-03-10", "bob", "That period ended on Wed 10 Mar 2027, before today; there is nothing to skip.")]
    [InlineData("/away set from:someday until:2027-03-10", "bob", "`from` must be a day like 2027-03-23, tue or tomorrow; got `someday`.")]
    [InlineData("/away clear", "bob", "You have no away period set, so there is nothing to clear. `/away set` adds one.")]
    public async Task BadInput_GetsAClearPrivateError_AndNothingIsStored(string line, string @as, string expected)
    {
        using var harness = await RoleHarness.CreateAsync();

        var reply = await Refusal.AssertRefusedAsync(harness, line, @as);

        Assert.Equal(expected, RichText.ToPlain(reply.Text));
    }

    [Fact]
    public async Task AssigningSomeoneAway_IsRefused()
    {
        using var harness = await RoleHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, "/away set from:2027-03-16 until:2027-03-16", "carol");

        var reply = await Refusal.AssertRefusedAsync(harness, "/role assign role:Facilitator member:@carol", "alice");

        Assert.Equal("@carol can't come to **Weekly review** on Tue 16 Mar 2027 19:00 CET (they said so or are away); choose someone else.", RichText.ToPlain(reply.Text));
    }

    [Fact]
    public async Task OverlappingAwayPeriods_AreRefused()
    {
        using var harness = await RoleHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, "/away set from:2027-03-20 until:2027-03-28", "bob");

        var reply = await Refusal.AssertRefusedAsync(harness, "/away set from:2027-03-27 until:2027-04-02", "bob");

        Assert.Equal("You are already away Sat 20 Mar – Sun 28 Mar 2027, which overlaps. Clear it with `/away clear from:2027-03-20` and set the whole period again.", reply.Text);
    }

    [Fact]
    public async Task RemovingARoleGivenByHand_NeedsConfirmation()
    {
        using var harness = await RoleHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, "/role assign role:Facilitator member:@carol", "alice");

        var refused = await Refusal.AssertRefusedAsync(harness, "/role remove name:Facilitator", "alice");
        var removed = await harness.RunAsync("/role remove name:Facilitator confirm:true", @as: "alice");

        Assert.Equal("Facilitator was given by hand for 1 meeting still ahead (`/role assign` or `/role swap`). Remove it anyway with `/role remove name:\"Facilitator\" confirm:true`.", refused.Text);
        Assert.Equal("**Algo Club** no longer rotates **Facilitator**.", removed.Text);
        await using var db = harness.Db();
        Assert.Equal(["Note-taker"], await db.MeetingRoles.Select(r => r.Name).ToListAsync());
        Assert.Equal(0, await db.RoleAssignments.CountAsync());
    }

    [Fact]
    public async Task AGroupWithFewerMembersThanRoles_LeavesOptionalRolesEmptyFirst()
    {
        using var harness = await RoleHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, "/role add name:Timekeeper optional:true", "alice");
        await MeetingHarness.RequireAsync(harness, "/role add name:Presenter", "alice");

        var reply = await harness.RunAsync("/role upcoming", @as: "alice");

        // Three members, three required roles and an optional one: the optional one stays empty.
        Assert.Equal(
            ["  • Facilitator: @alice", "  • Note-taker: @bob", "  • Timekeeper: nobody (not enough members free)", "  • Presenter: @carol"],
            RichText.ToPlain(reply.Text).Split('\n')[2..6]);
    }
}
