using Microsoft.EntityFrameworkCore;
using StudyBot.Application;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Tests.Meetings;
using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Goals;

/// <summary>The check-in commands and form: schedules, pauses, and a form that stores all or nothing.</summary>
public sealed class CheckinCommandTests
{
    [Fact]
    public async Task Schedule_SaysWhatItSet_WithTheDefaults()
    {
        using var harness = await MeetingHarness.CreateAsync();

        var reply = await harness.RunAsync("/checkin schedule days:mon,wed,fri time:8pm", @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        Assert.Equal(
            "Check-ins for **Algo Club**: Mon, Wed, Fri at 20:00 in each member's own time zone, by DM. One nudge 4h later if someone hasn't checked in; 1 grace day a week keep streaks alive. Digest every Sun at 18:00 here. Check in any time with `/checkin now`; `/checkin pause` for a break.",
            reply.Text);
    }

    [Theory]
    [InlineData("/checkin schedule days:daily time:25:00", "`25:00` is not a time: hours run from 00 to 23.")]
    [InlineData("/checkin schedule days:daily time:20:61", "`20:61` is not a time")]
    [InlineData("/checkin schedule days:funday time:20:00", "`funday` is not a weekday.")]
    [InlineData("/checkin schedule days:daily", "A new check-in schedule needs `days` and `time`")]
    [InlineData("/checkin schedule days:daily time:20:00 nudge:20h", "The nudge comes between 15 minutes and 12 hours after the prompt; `20h` is too late.")]
    [InlineData("/checkin schedule days:daily time:20:00 digest:sunday", "`digest` is a weekday and a time, such as `sun 18:00`; got `sunday`.")]
    public async Task ABadSchedule_IsRefusedClearly_AndNothingIsStored(string line, string error)
    {
        using var harness = await MeetingHarness.CreateAsync();

        var reply = await harness.RunAsync(line, @as: "alice");

        Assert.True(reply.IsError);
        Assert.StartsWith(error, reply.Text, StringComparison.Ordinal);
        await using var db = harness.Db();
        Assert.False(await db.CheckinSchedules.AnyAsync());
        Assert.False(await db.ScheduledWork.AnyAsync(w => w.Kind.StartsWith("checkin")));
    }

    [Fact]
    public async Task OnlyOrganizers_SetTheSchedule_OrPauseOthers()
    {
        using var harness = await MeetingHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, "/checkin schedule days:daily time:20:00", "alice");

        var schedule = await harness.RunAsync("/checkin schedule days:weekdays", @as: "bob");
        var pauseAll = await harness.RunAsync("/checkin pause all:true", @as: "bob");
        var pauseOwn = await harness.RunAsync("/checkin pause", @as: "bob");
        var again = await harness.RunAsync("/checkin pause", @as: "bob");

        Assert.True(schedule.IsError);
        Assert.StartsWith("Only organizers of Algo Club can set its check-in schedule.", schedule.Text, StringComparison.Ordinal);
        Assert.True(pauseAll.IsError);
        Assert.StartsWith("Check-in prompts paused for you.", pauseOwn.Text, StringComparison.Ordinal);
        Assert.Equal("Check-ins are already paused for you.", again.Text);

        // Bob's next prompt is no longer planned; Alice's is.
        await using var db = harness.Db();
        var prompts = await db.ScheduledWork.Where(w => w.Kind == "checkin.prompt").Select(w => w.Key).ToListAsync();
        Assert.Single(prompts);
        Assert.Contains(":alice:", prompts[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheForm_StoresAllOrNothing_OneBadAmountRefusesTheWholeCheckin()
    {
        using var harness = await MeetingHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, "/goal add title:\"Read SICP\" target:\"12 chapters\"", "bob");
        await MeetingHarness.RequireAsync(harness, "/goal add title:\"Exercises\" target:\"30 problems\" scope:group", "alice");

        var opened = await harness.RunAsync("/checkin now", @as: "bob");
        var form = Assert.IsType<FormRequest>(opened.Form);
        Assert.Equal(["did", "goal-1", "goal-2", "blockers"], form.Fields.Select(f => f.Id));
        Assert.Equal("#1 Read SICP", form.Fields[1].Label);

        var refused = await SubmitAsync(harness, form.FormId, "bob", new() { ["did"] = "Reading", ["goal-1"] = "3", ["goal-2"] = "31" });
        Assert.True(refused.IsError);
        Assert.Equal("That would make 31 problems of 30 problems on #2 \"Exercises\". At most 30 problems more fits. The check-in was not saved.", refused.Text);
        await using (var db = harness.Db())
        {
            Assert.False(await db.Checkins.AnyAsync());
            Assert.False(await db.GoalProgress.AnyAsync());
        }

        var saved = await SubmitAsync(harness, form.FormId, "bob", new() { ["did"] = "Reading", ["goal-1"] = "3", ["goal-2"] = "5", ["blockers"] = "none" });
        Assert.False(saved.IsError, saved.Text);
        Assert.Equal("Checked in for **Algo Club** (Mon 15 Mar).\n• #1 **Read SICP** (@bob's): 3 of 12 chapters (25%)\n• #2 **Exercises** (group goal): 5 of 30 problems (17%)", RichText.ToPlain(saved.Text));
        await using (var db = harness.Db())
        {
            var checkin = await db.Checkins.SingleAsync();
            Assert.Null(checkin.Blockers);
            Assert.Equal(2, await db.GoalProgress.CountAsync(p => p.Note == "Reading"));
        }
    }

    [Fact]
    public async Task Outsiders_CannotCheckIn()
    {
        using var harness = await MeetingHarness.CreateAsync();

        var reply = await SubmitAsync(harness, "checkin:1", "mallory", new() { ["did"] = "Nothing" });

        Assert.True(reply.IsError);
        Assert.Equal("Only members of Algo Club can check in. Join with `/group join name:\"Algo Club\"`.", reply.Text);
    }

    private static Task<Reply> SubmitAsync(CommandHarness harness, string formId, string who, Dictionary<string, string> values) =>
        harness.Router.RouteComponentAsync(new ComponentInvocation(formId, new Invoker(who, who), new ChannelRef("general", "general"), harness.Workspace, values), CancellationToken.None);
}
