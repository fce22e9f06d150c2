using StudyBot.Application;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Tests.Support;
using StudyBot.Core;
using StudyBot.Core.Meetings;

namespace StudyBot.Commands.Tests.Meetings;

public sealed class MeetingRsvpTests
{
    [Fact]
    public async Task Rsvp_ForTheNextMeeting_IsStoredAndChangeable()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        await MeetingHarness.RequireAsync(harness, "/meeting rsvp status:maybe group:\"Algo Club\"", "bob");
        var reply = await harness.RunAsync("/meeting rsvp status:going group:\"Algo Club\"", @as: "bob");

        Assert.True(reply.Ephemeral);
        await using var db = harness.Db();
        var rsvp = await db.Rsvps.SingleAsync();
        Assert.Equal(RsvpStatus.Going, rsvp.Status);
        Assert.Equal(new LocalDateTime(2027, 3, 16, 19, 0), rsvp.Occurrence);
    }

    [Fact]
    public async Task RsvpButton_RecordsTheAnswerForItsOccurrence()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        var reply = await harness.Router.RouteComponentAsync(
            new ComponentInvocation("rsvp:1:20270323T1900:cant", new Invoker("bob", "bob"), new ChannelRef("general", "general"), harness.Workspace, new Dictionary<string, string>()),
            CancellationToken.None);

        Assert.False(reply.IsError, reply.Text);
        await using var db = harness.Db();
        var rsvp = await db.Rsvps.SingleAsync();
        Assert.Equal((RsvpStatus.Cant, new LocalDateTime(2027, 3, 23, 19, 0)), (rsvp.Status, rsvp.Occurrence));
    }

    [Fact]
    public async Task Rsvp_ToACancelledOccurrence_IsRefusedAndStoresNothing()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);
        await MeetingHarness.RequireAsync(harness, "/meeting cancel date:2027-03-23 group:\"Algo Club\"", "alice");

        var reply = await Refusal.AssertRefusedAsync(harness, "/meeting rsvp status:going date:2027-03-23 group:\"Algo Club\"", "bob");

        Assert.Equal("Weekly review on Tue 23 Mar 2027 is cancelled, so there is nothing to answer.", reply.Text);
    }

    [Fact]
    public async Task Rsvp_ByANonMember_IsRefused()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        var reply = await Refusal.AssertRefusedAsync(harness, "/meeting rsvp status:going group:\"Algo Club\"", "mallory");

        Assert.Equal("Only members of Algo Club can answer. Join with `/group join name:\"Algo Club\"`.", reply.Text);
    }

    [Fact]
    public async Task Rsvp_WithAnUnknownStatus_ListsTheChoices()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        var reply = await Refusal.AssertRefusedAsync(harness, "/meeting rsvp status:perhaps group:\"Algo Club\"", "bob");

        Assert.Equal("`status` must be one of `going`, `maybe`, `cant`; got `perhaps`.", reply.Text);
    }

    [Fact]
    public async Task Attendance_IsRecordedForMembersAfterTheMeeting()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);
        harness.Time.Advance(TimeSpan.FromDays(2));

        var reply = await harness.RunAsync("/meeting attendance date:2027-03-16 present:\"@alice @bob\" group:\"Algo Club\"", @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        await using var db = harness.Db();
        Assert.Equal(["alice", "bob"], await db.Attendance.OrderBy(a => a.UserId).Select(a => a.UserId).ToListAsync());
    }

    [Fact]
    public async Task Attendance_NamingANonMember_IsRefusedAndStoresNothing()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);
        harness.Time.Advance(TimeSpan.FromDays(2));

        var reply = await Refusal.AssertRefusedAsync(harness, "/meeting attendance date:2027-03-16 present:\"@alice @zed\" group:\"Algo Club\"", "alice");

        Assert.Equal("zed is not a member of Algo Club; only members' attendance is recorded.", reply.Text);
    }

    [Fact]
    public async Task Export_ListsTheSeriesWithItsRecurrenceAndSkippedDates()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);
        await MeetingHarness.RequireAsync(harness, "/meeting skip date:2027-03-23 group:\"Algo Club\"", "alice");

        var reply = await harness.RunAsync("/meeting export group:\"Algo Club\"", @as: "bob");

        var file = Assert.Single(reply.Attachments);
        Assert.Equal(("algo-club.ics", "text/calendar"), (file.FileName, file.ContentType));
        var ics = System.Text.Encoding.UTF8.GetString(file.Content);
        Assert.Contains("RRULE:FREQ=WEEKLY;BYDAY=TU", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20270316T190000", ics, StringComparison.Ordinal);
        Assert.Contains("EXDATE;TZID=Europe/Berlin:20270323T190000", ics, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Library room 2", ics, StringComparison.Ordinal);
        Assert.Equal(Platform.Console, harness.Workspace.Platform);
    }
}
