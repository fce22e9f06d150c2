using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Commands.Tests.Support;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Tests.Meetings;

/// <summary>
/// Which meeting a command means when people leave things out: RSVPs and attendance across a group's series,
/// past days as people say them, and moves by weekday within the meeting's week.
/// </summary>
public sealed class OccurrencePickTests
{
    private const string Thursday = "/meeting schedule group:\"Algo Club\" title:\"Paper club\" start:\"2027-03-18 18:00\" repeat:\"every thu\"";

    [Fact]
    public async Task Rsvp_WithoutMeeting_AnswersTheNextMeetingOfAnySeries_AndSaysWhich()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);
        await MeetingHarness.RequireAsync(harness, Thursday, "alice");
        harness.Time.Advance(TimeSpan.FromDays(2)); // Wed 17 March: Thursday's paper club is next

        var next = await harness.RunAsync("/meeting rsvp status:going group:\"Algo Club\"", @as: "bob");
        var onTuesday = await harness.RunAsync("/meeting rsvp status:maybe date:tue group:\"Algo Club\"", @as: "bob");

        Assert.StartsWith("Noted: you are going to **Paper club** on Thu 18 Mar 2027 18:00 CET", RichText.ToPlain(next.Text), StringComparison.Ordinal);
        Assert.StartsWith("Noted: you might come to **Weekly review** on Tue 23 Mar 2027 19:00 CET", RichText.ToPlain(onTuesday.Text), StringComparison.Ordinal);
        await using var db = harness.Db();
        Assert.Equal(2, await db.Rsvps.CountAsync());
    }

    [Fact]
    public async Task ADayWithoutMeeting_WhenSeveralSeries_SaysNoneMeetsThen()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);
        await MeetingHarness.RequireAsync(harness, Thursday, "alice");

        var reply = await Refusal.AssertRefusedAsync(harness, "/meeting rsvp status:going date:2027-03-17 group:\"Algo Club\"", "bob");

        Assert.Equal("None of Algo Club's meetings is on Wed 17 Mar 2027. `/meeting list` shows the next ones.", reply.Text);
    }

    [Fact]
    public async Task Attendance_WithoutDate_IsTheLatestMeetingHeld_AndPastDaysReadBackwards()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);
        await MeetingHarness.RequireAsync(harness, Thursday, "alice");
        harness.Time.Advance(TimeSpan.FromDays(5)); // Sat 20 March: Thursday's paper club is the latest held

        var latest = await harness.RunAsync("/meeting attendance present:\"@bob\" group:\"Algo Club\"", @as: "alice");
        var lastTuesday = await harness.RunAsync("/meeting attendance date:\"last tue\" present:\"@alice\" group:\"Algo Club\"", @as: "alice");
        var yesterday = await harness.RunAsync("/meeting attendance date:yesterday group:\"Algo Club\"", @as: "alice");
        var bareWeekday = await harness.RunAsync("/meeting attendance date:thu group:\"Algo Club\"", @as: "alice");

        Assert.StartsWith("Recorded attendance for **Paper club** on Thu 18 Mar 2027 18:00 CET", RichText.ToPlain(latest.Text), StringComparison.Ordinal);
        Assert.StartsWith("Recorded attendance for **Weekly review** on Tue 16 Mar 2027 19:00 CET", RichText.ToPlain(lastTuesday.Text), StringComparison.Ordinal);
        Assert.True(yesterday.IsError);
        Assert.Equal("None of Algo Club's meetings is on Fri 19 Mar 2027. `/meeting list` shows the next ones.", yesterday.Text);
        Assert.Equal("**Paper club** on Thu 18 Mar 2027 18:00 CET", RichText.ToPlain(bareWeekday.Text));
        Assert.Contains(bareWeekday.Fields, f => f.Name == "Came" && f.Value == "@bob");
    }

    [Fact]
    public async Task Attendance_BeforeAnyMeeting_SaysHowToNameADay()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        var reply = await Refusal.AssertRefusedAsync(harness, "/meeting attendance group:\"Algo Club\"", "alice");

        Assert.Equal("Algo Club has not met yet. Give the day with `date:`, e.g. `date:yesterday`.", reply.Text);
    }

    [Fact]
    public async Task Move_AWeekdayIsInTheMeetingsOwnWeek()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        var reply = await harness.RunAsync("/meeting move date:2027-03-30 to:\"thu 18:00\" group:\"Algo Club\"", @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        Assert.Contains("to Thu 1 Apr 2027 18:00 CEST", RichText.ToPlain(reply.Text), StringComparison.Ordinal);
        await using var db = harness.Db();
        Assert.Equal(new LocalDateTime(2027, 4, 1, 18, 0), (await db.OccurrenceChanges.SingleAsync()).NewStart);
    }

    [Theory]
    [InlineData("2027-03-23 19:00", "Weekly review is already at Tue 23 Mar 2027 19:00 CET. Give another time")]
    [InlineData("2027-03-30 12:00", "Weekly review already meets on Tue 30 Mar 2027 (Tue 30 Mar 2027 19:00 CEST). Skip one of the two with `/meeting skip`, or move this one to another day.")]
    [InlineData("mon 10:00", "Mon 22 Mar 2027 10:00 CET is in the past.")]
    public async Task Move_ToItsOwnTime_OntoAnotherMeeting_OrIntoThePast_IsRefused(string to, string expected)
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);
        harness.Time.Advance(TimeSpan.FromDays(7)); // Mon 22 March, 12:00Z

        var reply = await Refusal.AssertRefusedAsync(harness, $"/meeting move date:2027-03-23 to:\"{to}\" group:\"Algo Club\"", "alice");

        Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal);
    }
}
