using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Commands.Tests.Meetings;
using StudyBot.Commands.Tests.Polls;
using StudyBot.Commands.Tests.Support;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Tests.Groups;

/// <summary>A new zone for a group with meetings ahead is shown first and done only once confirmed.</summary>
public sealed class GroupZoneConfirmTests
{
    private const string ToNewYork = "/group settings name:\"Algo Club\" timezone:America/New_York";

    [Fact]
    public async Task WithMeetingsAhead_ShowsWhatHappensToThem_AndChangesNothingYet()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        var reply = await harness.RunAsync(ToNewYork, @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        Assert.True(reply.Ephemeral);
        var text = RichText.ToPlain(reply.Text);
        Assert.StartsWith("Changing **Algo Club** from Europe/Berlin to America/New_York keeps every meeting at its local time", text, StringComparison.Ordinal);
        Assert.Contains("• Weekly review: the next one, Tue 16 Mar 2027 19:00 CET, would be Tue 16 Mar 2027 19:00 EDT (Wed 17 Mar 2027 00:00 CET in Europe/Berlin)", text, StringComparison.Ordinal);
        var button = Assert.Single(reply.Buttons);
        Assert.Equal(("Change to America/New_York", "group-zone:1:America/New_York"), (button.Label, button.ActionId));
        await using var db = harness.Db();
        Assert.Equal("Europe/Berlin", (await db.Groups.SingleAsync()).TimeZoneId);
        Assert.Equal(Instant.FromUtc(2027, 3, 15, 18, 0), (await PlannedWork.ReadAsync(db)).First().DueAt);
    }

    [Fact]
    public async Task TheButton_ByAnOrganizer_ChangesTheZone_AndMovesTheReminders()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);
        var preview = await harness.RunAsync(ToNewYork, @as: "alice");

        var byMember = await PollHarness.PressAsync(harness, preview.Buttons[0].ActionId, "bob");
        var pressed = await PollHarness.PressAsync(harness, preview.Buttons[0].ActionId, "alice");

        Assert.Equal("Only organizers of Algo Club can change its settings. Ask one of them: alice.", byMember.Text);
        Assert.StartsWith("Updated **Algo Club**: time zone → America/New_York.", pressed.Text, StringComparison.Ordinal);
        await using var db = harness.Db();
        Assert.Equal("America/New_York", (await db.Groups.SingleAsync()).TimeZoneId);
        // 19:00 EDT on 16 March is 23:00Z: the day-before reminder is due at 23:00Z on the 15th.
        Assert.Equal(Instant.FromUtc(2027, 3, 15, 23, 0), (await PlannedWork.ReadAsync(db)).First(r => r.Kind == PlannedWork.Reminder).DueAt);
    }

    [Fact]
    public async Task ConfirmOption_ChangesAtOnce()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        var reply = await harness.RunAsync(ToNewYork + " confirm:true", @as: "alice");

        Assert.StartsWith("Updated **Algo Club**: time zone → America/New_York.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutMeetings_ChangesAtOnce()
    {
        using var harness = await MeetingHarness.CreateAsync();

        var reply = await harness.RunAsync(ToNewYork, @as: "alice");

        Assert.StartsWith("Updated **Algo Club**: time zone → America/New_York.", reply.Text, StringComparison.Ordinal);
        Assert.Empty(reply.Buttons);
    }
}
