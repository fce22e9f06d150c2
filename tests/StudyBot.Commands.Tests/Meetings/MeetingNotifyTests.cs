using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Tests.Support;
using StudyBot.Core.Groups;

namespace StudyBot.Commands.Tests.Meetings;

/// <summary><c>/meeting notify</c>: each member's choice of channel or DM reminders, stored per member per group.</summary>
public sealed class MeetingNotifyTests
{
    [Fact]
    public async Task WithoutVia_ShowsTheChoice_WhichIsTheChannelUntilChanged()
    {
        using var harness = await MeetingHarness.CreateAsync();

        var reply = await harness.RunAsync("/meeting notify group:\"Algo Club\"", @as: "bob");

        ReplyAssert.IsSuccess(reply);
        Assert.True(reply.Ephemeral);
        Assert.Equal("You get **Algo Club**'s meeting reminders in the group's channel, mentioning you when you said Going or Maybe. Change it with `/meeting notify via:dm`.", reply.Text);
    }

    [Fact]
    public async Task ViaDm_IsStoredForThatMemberOnly_AndShownAfterwards()
    {
        using var harness = await MeetingHarness.CreateAsync();

        var set = await harness.RunAsync("/meeting notify via:dm group:\"Algo Club\"", @as: "bob");
        var shown = await harness.RunAsync("/meeting notify", @as: "bob");

        Assert.Equal("From now on you get **Algo Club**'s meeting reminders by DM, with the RSVP buttons; the channel's reminders do not mention you.", set.Text);
        Assert.StartsWith("You get **Algo Club**'s meeting reminders by DM", shown.Text, StringComparison.Ordinal);
        Assert.EndsWith("Change it with `/meeting notify via:channel`.", shown.Text, StringComparison.Ordinal);
        await using var db = harness.Db();
        var choices = await db.GroupMembers.ToDictionaryAsync(m => m.UserId, m => m.MeetingReminders);
        Assert.Equal(ReminderDelivery.DirectMessage, choices["bob"]);
        Assert.Equal(ReminderDelivery.Channel, choices["alice"]);
    }

    [Fact]
    public async Task ViaChannel_TakesADmChoiceBack()
    {
        using var harness = await MeetingHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, "/meeting notify via:dm", "bob");

        await MeetingHarness.RequireAsync(harness, "/meeting notify via:channel", "bob");

        await using var db = harness.Db();
        Assert.Equal(ReminderDelivery.Channel, (await db.GroupMembers.SingleAsync(m => m.UserId == "bob")).MeetingReminders);
    }

    [Fact]
    public async Task AnUnknownWay_IsRefusedWithTheChoices_AndStoresNothing()
    {
        using var harness = await MeetingHarness.CreateAsync();

        var reply = await Refusal.AssertRefusedAsync(harness, "/meeting notify via:email", "bob");

        Assert.Contains("channel", reply.Text, StringComparison.Ordinal);
        Assert.Contains("dm", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANonMember_IsToldToJoinFirst()
    {
        using var harness = await MeetingHarness.CreateAsync();

        var reply = await Refusal.AssertRefusedAsync(harness, "/meeting notify via:dm", "mallory");

        Assert.Contains("Algo Club", reply.Text, StringComparison.Ordinal);
    }
}
