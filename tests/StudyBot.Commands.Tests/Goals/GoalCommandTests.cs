using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Tests.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Goals;

/// <summary>Goals through the router: adding, progress, who may see and change what, and every bad input refused with nothing stored.</summary>
public sealed class GoalCommandTests
{
    [Fact]
    public async Task AGroupGoal_IsPublic_AndAnyMemberCanMoveIt_UntilItIsReached()
    {
        using var harness = await MeetingHarness.CreateAsync();
        var added = await harness.RunAsync("/goal add title:\"Read SICP\" target:\"12 chapters\" due:2027-06-30 scope:group", @as: "alice");
        Assert.False(added.Ephemeral);
        Assert.StartsWith("New group goal for **Algo Club**: #1 **Read SICP** (group goal): 0 of 12 chapters (0%), due Wed 30 Jun 2027.", added.Text, StringComparison.Ordinal);

        var moved = await harness.RunAsync("/goal progress goal:#1 amount:\"+4\" note:\"Chapters 1-4\"", @as: "bob");
        Assert.Equal("@bob moved #1 **Read SICP** (group goal): 4 of 12 chapters (33%), due Wed 30 Jun 2027", RichText.ToPlain(moved.Text));

        var reached = await harness.RunAsync("/goal progress goal:\"read sicp\" amount:8", @as: "alice");
        Assert.StartsWith("🎉 @alice finished a group goal: #1 **Read SICP** (group goal): 12 of 12 chapters (100%)", RichText.ToPlain(reached.Text), StringComparison.Ordinal);

        await using var db = harness.Db();
        var goal = await db.Goals.Include(g => g.History).SingleAsync();
        Assert.NotNull(goal.DoneAt);
        Assert.Equal([4m, 8m], goal.History.Select(p => p.Amount));
        Assert.Equal(["Chapters 1-4", null], goal.History.Select(p => p.Note));
    }

    [Fact]
    public async Task PersonalGoals_AreSeenByTheirOwnerAndOrganizers_AndChangedByTheOwnerOnly()
    {
        using var harness = await MeetingHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, "/goal add title:\"Pass the exam\" target:80%", "bob");

        var own = await harness.RunAsync("/goal list", @as: "bob");
        var organizer = await harness.RunAsync("/goal list member:@bob", @as: "alice");
        var other = await harness.RunAsync("/goal list", @as: "alice");
        var edit = await harness.RunAsync("/goal progress goal:#1 amount:10", @as: "alice");

        Assert.Contains("#1 **Pass the exam** (@bob's): 0% of 80%", RichText.ToPlain(own.Text), StringComparison.Ordinal);
        Assert.Contains("#1 **Pass the exam**", organizer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pass the exam", other.Text, StringComparison.Ordinal);
        Assert.True(edit.IsError);
        Assert.Equal("#1 \"Pass the exam\" is @bob's personal goal; only they can add progress to it.", RichText.ToPlain(edit.Text));
    }

    [Theory]
    [InlineData("/goal add title:\"Read\" target:\"lots\"", "I couldn't read the target \"lots\". Write a number and what it counts, like `12 chapters`, `30 problems` or `80%`.")]
    [InlineData("/goal add title:\"Read\" target:150%", "A percentage target can be at most 100%; yours is 150%.")]
    [InlineData("/goal add title:\"Read\" due:2027-03-01", "The due date Mon 1 Mar 2027 is in the past (today is Mon 15 Mar 2027). Pick today or a later day.")]
    [InlineData("/goal add title:\"Read\" due:someday", "`due` must be a day like 2027-03-23, fri or tomorrow; got `someday`.")]
    [InlineData("/goal progress goal:#1 amount:13", "That would make 13 chapters of 12 chapters on #1 \"Read SICP\". At most 12 chapters more fits.")]
    [InlineData("/goal progress goal:#1 amount:-2", "Progress can't be negative (\"-2\" for #1 \"Read SICP\"). Give how much you did, such as `2`.")]
    [InlineData("/goal progress goal:#1 amount:0", "Progress must be more than 0; you gave 0 for #1 \"Read SICP\".")]
    [InlineData("/goal progress goal:#9 amount:1", "Algo Club has no goal \"#9\" that you can see. `/goal list` shows yours and the group's, with their numbers.")]
    [InlineData("/goal progress goal:\"Write a compiler\" amount:1", "Algo Club has no goal \"Write a compiler\" that you can see. `/goal list` shows yours and the group's, with their numbers.")]
    [InlineData("/goal done goal:#1", "Only Algo Club's organizers or whoever added a group goal can mark it done.")]
    public async Task BadInput_GetsAClearPrivateError_AndNothingIsStored(string line, string error)
    {
        using var harness = await MeetingHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, "/goal add title:\"Read SICP\" target:\"12 chapters\" scope:group", "alice");

        var reply = await harness.RunAsync(line, @as: "bob");

        Assert.True(reply.IsError);
        Assert.True(reply.Ephemeral);
        Assert.Equal(error, reply.Text);
        await using var db = harness.Db();
        Assert.Equal(1, await db.Goals.CountAsync());
        Assert.Equal(0, await db.GoalProgress.CountAsync());
        Assert.Null((await db.Goals.SingleAsync()).DoneAt);
    }
}
