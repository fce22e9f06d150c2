using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Tests.Meetings;
using StudyBot.Commands.Tests.Polls;
using StudyBot.Core.Messaging;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Mentors;

/// <summary>Mentoring pairs through the router: who may pair whom, one mentor at a time, asking and answering, and bad input refused with nothing stored.</summary>
public sealed class MentorCommandTests
{
    [Fact]
    public async Task AMemberChoosesTheirMentor_AsksForHelp_AndTheMentorsAnswerReachesThem()
    {
        using var harness = await MeetingHarness.CreateAsync();
        var linked = await harness.RunAsync("/mentor link member:@bob mentor:@carol every:\"mon 8am\"", @as: "bob");
        Assert.False(linked.IsError, linked.Text);
        Assert.StartsWith("@bob is now mentored by @carol in **Algo Club**. Their check-in: Mondays at 08:00, in each one's own zone", RichText.ToPlain(linked.Text), StringComparison.Ordinal);
        Assert.Equal(["bob", "carol"], linked.MentionUserIds);

        var asked = await harness.RunAsync("/mentor ask question:\"How do I start exercise 3.2?\"", @as: "bob");
        Assert.Equal("Sent to carol; their answer comes to you by DM.", asked.Text);
        var question = await DirectMessageAsync(harness, "carol");
        Assert.Equal("**bob** (Algo Club) asks for your help: How do I start exercise 3.2?", question.Text);
        var reply = Assert.Single(question.Buttons);

        var intruder = await PollHarness.PressAsync(harness, reply.ActionId, "alice");
        Assert.Equal("Only carol, the mentor, can answer here.", intruder.Text);
        var form = await PollHarness.PressAsync(harness, reply.ActionId, "carol");
        Assert.Equal("mentor-answer:1:q1", form.Form!.FormId);
        var sent = await harness.Router.RouteComponentAsync(new StudyBot.Commands.Routing.ComponentInvocation(form.Form.FormId, new StudyBot.Application.Invoker("carol", "carol"), new StudyBot.Application.ChannelRef("dm", "dm"), harness.Workspace, new Dictionary<string, string> { ["answer"] = "Start from the recursive definition." }), CancellationToken.None);
        Assert.Equal("Sent your answer to bob.", sent.Text);
        Assert.Equal("**carol** answered your question (Algo Club): Start from the recursive definition.", (await DirectMessageAsync(harness, "bob")).Text);

        var list = await harness.RunAsync("/mentor list", @as: "alice");
        Assert.Equal("Mentoring in **Algo Club**:\n• bob, mentored by carol: Mondays at 08:00", list.Text);
        var unlinked = await harness.RunAsync("/mentor unlink", @as: "bob");
        Assert.StartsWith("bob and carol are no longer paired", unlinked.Text, StringComparison.Ordinal);
        await using var db = harness.Db();
        Assert.Equal(0, await db.ScheduledWork.CountAsync(w => w.OwnerType == "mentorship"));
    }

    [Fact]
    public async Task TheMentorsWeeklySlot_MovesWhenTheyChangeTheirZone()
    {
        using var harness = await MeetingHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, "/mentor link member:@bob mentor:@carol", "alice");
        Assert.Equal(NodaTime.Instant.FromUtc(2027, 3, 19, 16, 0), await SummaryDueAsync(harness));   // Fri 17:00 in Berlin, the group's zone

        await MeetingHarness.RequireAsync(harness, "/timezone set zone:America/New_York", "carol");

        Assert.Equal(NodaTime.Instant.FromUtc(2027, 3, 19, 21, 0), await SummaryDueAsync(harness));   // Fri 17:00 in New York
    }

    private static async Task<NodaTime.Instant> SummaryDueAsync(CommandHarness harness)
    {
        await using var db = harness.Db();
        return (await db.ScheduledWork.SingleAsync(w => w.Kind == "mentor.summary")).DueAt;
    }

    [Theory]
    [InlineData("/mentor link member:@bob mentor:@bob", "bob", "A member cannot mentor themselves. Name someone else with `mentor:`.")]
    [InlineData("/mentor link member:@alice mentor:@carol", "bob", "You can choose your own mentor (`member:` yourself); pairing others is for organizers of Algo Club.")]
    [InlineData("/mentor link member:@dave mentor:@carol", "alice", "dave is not a member of Algo Club. They join with `/group join name:\"Algo Club\"` first.")]
    [InlineData("/mentor link member:@bob mentor:@dave", "alice", "bob already has a mentor in Algo Club: carol. End that first with `/mentor unlink member:@bob`.")]
    [InlineData("/mentor link member:@bob mentor:@carol", "alice", "bob is already mentored by carol in Algo Club.")]
    [InlineData("/mentor link member:@alice mentor:@carol every:\"someday\"", "alice", "`every` is a weekday and a time, such as `fri 17:00` or `mon 8am` (weekly); got `someday`.")]
    [InlineData("/mentor ask question:\"Help?\"", "alice", "You have no mentor in Algo Club. Choose one with `/mentor link member:@you mentor:@them`, or ask an organizer to.")]
    [InlineData("/mentor unlink member:@bob", "dave", "Only members of Algo Club can end mentoring pairs.")]
    public async Task BadInput_GetsAClearPrivateError_AndNothingIsStored(string line, string who, string error)
    {
        using var harness = await MeetingHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, "/mentor link member:@bob mentor:@carol", "alice");
        await using (var before = harness.Db())
        {
            Assert.Equal(1, await before.Mentorships.CountAsync());
        }

        var reply = await harness.RunAsync(line, @as: who);

        Assert.True(reply.IsError);
        Assert.True(reply.Ephemeral);
        Assert.StartsWith(error, reply.Text, StringComparison.Ordinal);
        await using var db = harness.Db();
        Assert.Equal(1, await db.Mentorships.CountAsync(m => m.EndedAt == null));
        Assert.Equal(1, await db.Mentorships.CountAsync());
        Assert.Equal(0, await db.MentorNotes.CountAsync());
    }

    private static async Task<Reply> DirectMessageAsync(CommandHarness harness, string user)
    {
        await using var db = harness.Db();
        var entry = await db.Outbox.Where(o => o.DirectUserId == user).OrderByDescending(o => o.Id).FirstAsync();
        return Persistence.ReplySerializer.Deserialize(entry.Payload);
    }
}
