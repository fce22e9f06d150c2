using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Tests.Meetings;
using NodaTime;
using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Core.Polls;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Polls;

/// <summary>Polls through the router: creating, voting and changing votes, closing early, ties and the card's live count.</summary>
public sealed class PollCommandTests
{
    [Fact]
    public async Task APoll_IsPostedInTheGroupsChannel_AndCountsMembersNotClicks()
    {
        using var harness = await MeetingHarness.CreateAsync();
        var created = await harness.RunAsync(PollHarness.Chapters, @as: "alice");
        Assert.True(created.Ephemeral);
        Assert.StartsWith("Poll #1 is posted in Algo Club's channel and closes Tue 16 Mar 2027 13:00 CET.", RichText.ToPlain(created.Text), StringComparison.Ordinal);

        var first = await harness.RunAsync("/poll vote option:1", @as: "bob");
        var changed = await harness.RunAsync("/poll vote poll:#1 option:\"chapter 4\"", @as: "bob");
        var again = await PollHarness.PressAsync(harness, "pollvote:1:1:add", "bob");
        await harness.RunAsync("/poll vote poll:1 option:2", @as: "alice");

        Assert.StartsWith("Poll #1: Voted for **Chapter 3**.", first.Text, StringComparison.Ordinal);
        Assert.StartsWith("Poll #1: Changed your vote from **Chapter 3** to **Chapter 4**.", changed.Text, StringComparison.Ordinal);
        Assert.StartsWith("You already chose **Chapter 4**.", again.Text, StringComparison.Ordinal);
        Assert.True(first.Ephemeral && changed.Ephemeral && again.Ephemeral);

        var results = await harness.RunAsync("/poll results", @as: "bob");
        Assert.Contains("1. Chapter 3 — 0 votes\n2. Chapter 4 — 2 votes: @bob, @alice\n3. Chapter 5 — 0 votes", RichText.ToPlain(results.Text), StringComparison.Ordinal);
        Assert.Contains("2 members voted so far", results.Text, StringComparison.Ordinal);

        var messages = await PollHarness.MessagesAsync(harness);
        Assert.Equal(("poll:1:post", null, "general"), (messages[0].Key, messages[0].Edits, messages[0].Channel));
        Assert.Equal(["Chapter 3", "Chapter 4", "Chapter 5"], messages[0].Content.Poll!.Answers);
        Assert.All(messages.Skip(1), m => Assert.Equal("poll:1:post", m.Edits));
        var card = await PollHarness.CardAsync(harness, 1);
        Assert.Equal(["0 votes", "2 votes: @bob, @alice", "0 votes"], card.Poll!.Details.Select(RichText.ToPlain));
        Assert.Empty(card.MentionUserIds);
        await using var db = harness.Db();
        Assert.Equal(2, await db.PollVotes.CountAsync());
    }

    [Fact]
    public async Task AButton_PressedAgain_TakesTheVoteBack_AndMultipleChoiceCountsEachMemberOnce()
    {
        using var harness = await MeetingHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, PollHarness.Chapters + " multiple:true", "alice");

        await PollHarness.PressAsync(harness, "pollvote:1:0:toggle", "bob");
        var both = await PollHarness.PressAsync(harness, "pollvote:1:2:toggle", "bob");
        var back = await PollHarness.PressAsync(harness, "pollvote:1:0:toggle", "bob");
        await PollHarness.PressAsync(harness, "pollvote:1:0:toggle", "alice");

        Assert.StartsWith("Voted for **Chapter 5**. Your choices: Chapter 3, Chapter 5.", both.Text, StringComparison.Ordinal);
        Assert.StartsWith("Took back your vote for **Chapter 3**. Your choices: Chapter 5.", back.Text, StringComparison.Ordinal);
        var results = RichText.ToPlain((await harness.RunAsync("/poll results", @as: "alice")).Text);
        Assert.Contains("2 members voted so far", results, StringComparison.Ordinal);
        Assert.Contains("1. Chapter 3 — 1 vote: @alice\n2. Chapter 4 — 0 votes\n3. Chapter 5 — 1 vote: @bob", results, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosingEarly_IsForTheAskerOrAnOrganizer_AndAnnouncesTheWinner()
    {
        using var harness = await MeetingHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, PollHarness.Chapters, "bob");
        await MeetingHarness.RequireAsync(harness, "/group join name:\"Algo Club\"", "cy");
        await MeetingHarness.RequireAsync(harness, "/poll vote option:3", "cy");

        var refused = await harness.RunAsync("/poll close", @as: "cy");
        Assert.True(refused.IsError);
        Assert.Equal("Only whoever asked poll #1 or an organizer of Algo Club can close it early. It closes by itself at its deadline.", refused.Text);

        var closed = await harness.RunAsync("/poll close poll:#1", @as: "bob");
        Assert.StartsWith("Poll #1 is closed; the result is announced in Algo Club's channel.", closed.Text, StringComparison.Ordinal);
        var announcement = (await PollHarness.MessagesAsync(harness)).Last();
        Assert.Null(announcement.Edits);
        Assert.Contains("Poll #1 has closed (closed early by @bob): **Which chapter next?**\nWinner: **Chapter 5** with 1 vote (1 member voted).", RichText.ToPlain(announcement.Content.Text), StringComparison.Ordinal);
        var card = await PollHarness.CardAsync(harness, 1);
        Assert.True(card.Poll!.Closed);

        var late = await harness.RunAsync("/poll vote poll:1 option:1", @as: "alice");
        Assert.Equal("Poll #1 is closed; votes are no longer taken. See `/poll results poll:1`.", late.Text);
        await using var db = harness.Db();
        Assert.Empty(await db.ScheduledWork.Where(w => w.Kind == "poll.close").ToListAsync());
    }

    [Fact]
    public async Task ATie_IsAnnounced_AndOnlyAnOrganizerPicksAmongTheTiedOptions()
    {
        using var harness = await MeetingHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, "/poll create question:\"Next goal?\" options:\"Finish SICP ch. 3 | Read the Dragon Book\" kind:goal due:2027-04-30", "bob");
        await MeetingHarness.RequireAsync(harness, "/poll vote option:1", "alice");
        await MeetingHarness.RequireAsync(harness, "/poll vote option:2", "bob");
        await MeetingHarness.RequireAsync(harness, "/poll close", "bob");

        var announcement = RichText.ToPlain((await PollHarness.MessagesAsync(harness)).Last().Content.Text);
        Assert.Contains("It's a tie between **Finish SICP ch. 3** and **Read the Dragon Book** (1 vote each). An organizer picks the winner with `/poll close poll:1 pick:<number>`.", announcement, StringComparison.Ordinal);
        await using (var db = harness.Db())
        {
            Assert.Empty(await db.Goals.ToListAsync());
        }

        var member = await harness.RunAsync("/poll close poll:1 pick:2", @as: "bob");
        Assert.True(member.IsError);
        Assert.StartsWith("Only organizers of Algo Club can settle a tied poll.", member.Text, StringComparison.Ordinal);
        var outOfRange = await harness.RunAsync("/poll close poll:1 pick:5", @as: "alice");
        Assert.Equal("`pick` is an option's number, 1 to 2; got `5`.", outOfRange.Text);

        var picked = await harness.RunAsync("/poll close poll:1 pick:2", @as: "alice");
        Assert.False(picked.IsError, picked.Text);
        var settled = RichText.ToPlain((await PollHarness.MessagesAsync(harness)).Last().Content.Text);
        Assert.Contains("Winner: **Read the Dragon Book** with 1 vote (2 members voted), picked by an organizer from a tie.", settled, StringComparison.Ordinal);
        Assert.Contains("New group goal #1: **Read the Dragon Book**, due Fri 30 Apr 2027.", settled, StringComparison.Ordinal);
        await using var after = harness.Db();
        var goal = await after.Goals.SingleAsync();
        Assert.Equal(("Read the Dragon Book", null, "2027-04-30"), (goal.Title, goal.OwnerUserId, goal.Due?.ToString("yyyy-MM-dd", null)));
        var again = await harness.RunAsync("/poll close poll:1 pick:1", @as: "alice");
        Assert.Equal("Poll #1 has no tie to settle: \"Read the Dragon Book\" won.", again.Text);
    }

    [Fact]
    public async Task AMeetingTimePoll_SchedulesTheWinningTime_OrMovesTheSeriesNextMeeting()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);
        await MeetingHarness.RequireAsync(harness, "/poll create question:\"Extra session?\" options:\"wed 18:00 | thu 19:30\" kind:meeting title:\"Exam prep\" duration:90m", "alice");
        await MeetingHarness.RequireAsync(harness, "/poll create question:\"Move this week's review?\" options:\"wed 19:00 | thu 19:00\" kind:meeting meeting:\"Weekly review\"", "alice");
        var card = await PollHarness.CardAsync(harness, 1);
        Assert.Equal(["Wed 17 Mar 2027 18:00 CET", "Thu 18 Mar 2027 19:30 CET"], card.Poll!.Answers.Select(RichText.ToPlain));

        await MeetingHarness.RequireAsync(harness, "/poll vote poll:1 option:2", "bob");
        await MeetingHarness.RequireAsync(harness, "/poll vote poll:2 option:1", "bob");
        await MeetingHarness.RequireAsync(harness, "/poll close poll:1", "alice");
        await MeetingHarness.RequireAsync(harness, "/poll close poll:2", "alice");

        await using var db = harness.Db();
        var prep = await db.MeetingSeries.SingleAsync(s => s.Title == "Exam prep");
        Assert.Equal(("2027-03-18T19:30:00", 90), (prep.FirstStart.ToString("yyyy-MM-ddTHH:mm:ss", null), prep.DurationMinutes));
        var move = await db.OccurrenceChanges.SingleAsync();
        Assert.Equal(("2027-03-16T19:00:00", "2027-03-17T19:00:00"), (move.OriginalStart.ToString("yyyy-MM-ddTHH:mm:ss", null), move.NewStart?.ToString("yyyy-MM-ddTHH:mm:ss", null)));
        var polls = await db.Polls.OrderBy(p => p.Id).ToListAsync();
        Assert.StartsWith("Scheduled **Exam prep** (meeting #2) for", polls[0].Outcome, StringComparison.Ordinal);
        Assert.StartsWith("The next **Weekly review** meeting moves to", polls[1].Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnonymousPoll_NeverShowsWhoVotedWhat_ToAnyoneOrInAnyMessage()
    {
        using var harness = await MeetingHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, PollHarness.Chapters + " anonymous:true", "alice");
        var vote = await harness.RunAsync("/poll vote option:2", @as: "bob");
        await PollHarness.PressAsync(harness, "pollvote:1:2:toggle", "bob");
        var organizerView = await harness.RunAsync("/poll results", @as: "alice");
        var list = await harness.RunAsync("/poll list", @as: "alice");
        await MeetingHarness.RequireAsync(harness, "/poll close", "alice");

        Assert.Contains("1. Chapter 3 — 0 votes\n2. Chapter 4 — 0 votes\n3. Chapter 5 — 1 vote", organizerView.Text, StringComparison.Ordinal);
        Assert.True(vote.Ephemeral);
        var shown = new[] { organizerView.Text, list.Text }.Concat((await PollHarness.MessagesAsync(harness)).SelectMany(m => m.Content.Poll?.Details.Append(m.Content.Text) ?? [m.Content.Text]));
        Assert.All(shown, text => Assert.DoesNotContain("bob", text, StringComparison.Ordinal));
        Assert.Contains("anonymous: nobody sees who chose what", (await PollHarness.MessagesAsync(harness))[0].Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HiddenResults_StayHiddenUntilClose()
    {
        using var harness = await MeetingHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, PollHarness.Chapters + " results:hidden", "alice");
        await MeetingHarness.RequireAsync(harness, "/poll vote option:1", "bob");

        var results = await harness.RunAsync("/poll results", @as: "alice");
        var card = await PollHarness.CardAsync(harness, 1);
        Assert.Contains("The results show when the poll closes.", results.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Chapter 3 —", results.Text, StringComparison.Ordinal);
        Assert.Empty(card.Poll!.Details);
        Assert.True(card.Poll.ResultsHidden);
        Assert.Contains("1 member voted so far; the results show when the poll closes.", card.Text, StringComparison.Ordinal);

        await MeetingHarness.RequireAsync(harness, "/poll close", "alice");
        Assert.Equal(["1 vote: @bob", "0 votes", "0 votes"], (await PollHarness.CardAsync(harness, 1)).Poll!.Details.Select(RichText.ToPlain));
    }

    [Theory]
    [InlineData("/poll create question:\"Q?\" options:\"Only one\"", "A poll has 2 to 10 options; you gave 1. Separate them with `|`, e.g. `options:\"Chapter 3 | Chapter 4 | Chapter 5\"`.")]
    [InlineData("/poll create question:\"Q?\" options:\"1|2|3|4|5|6|7|8|9|10|11\"", "A poll has 2 to 10 options; you gave 11. Separate them with `|`, e.g. `options:\"Chapter 3 | Chapter 4 | Chapter 5\"`.")]
    [InlineData("/poll create question:\"Q?\" options:\"Chapter 3 | chapter 3\"", "\"Chapter 3\" is an option twice. Each option must be different.")]
    [InlineData("/poll create question:\"Q?\" options:\"A || B\"", "Option 2 is empty. Separate options with `|` and give each some text.")]
    [InlineData("/poll create question:\"Q?\" options:\"A | B\" closes:\"2027-03-15 10:00\"", "The deadline has already passed. Give a time still ahead, e.g. `closes:\"tomorrow 18:00\"` or `closes:\"in 2 days\"`.")]
    [InlineData("/poll create question:\"Q?\" options:\"A | B\" closes:\"in 33 days\"", "A poll can stay open at most 32 days. Give a deadline sooner than that.")]
    [InlineData("/poll create question:\"Q?\" options:\"A | B\" closes:soonish", "`closes` must be a time like `fri 18:00`, `tomorrow 9am` or `in 2 days`; `soonish` is not one")]
    [InlineData("/poll create question:\"Q?\" options:\"A | B\" due:fri", "`due` is for goal polls and `meeting`, `title`, `duration` for meeting-time polls; this is a plain poll. Add `kind:goal` or `kind:meeting`, or leave them out.")]
    [InlineData("/poll create question:\"Q?\" options:\"A | B\" kind:goal due:2027-03-15", "The goal would be due Mon 15 Mar 2027, before the poll even closes (Tue 16 Mar 2027). Give a later `due`.")]
    [InlineData("/poll create question:\"When?\" options:\"wed 18:00 | thu 18:00\" kind:meeting", "Only organizers of Algo Club can run meeting-time polls (the winner schedules a meeting).")]
    [InlineData("/poll vote poll:#7 option:1", "Algo Club has no poll #7. `/poll list group:\"Algo Club\"` shows its polls.")]
    [InlineData("/poll vote poll:1 option:4", "Poll #1 has options 1 to 2; there is no option 4.")]
    [InlineData("/poll vote poll:1 option:\"1,2\"", "Poll #1 takes one choice; give one number, e.g. `option:1`.")]
    [InlineData("/poll vote poll:1 option:Maybe", "Poll #1 has no option \"Maybe\". Give its number: 1 (Yes), 2 (No).")]
    [InlineData("/poll close poll:1", "Only whoever asked poll #1 or an organizer of Algo Club can close it early. It closes by itself at its deadline.")]
    [InlineData("/poll close poll:1 pick:1", "Only organizers of Algo Club can settle a tied poll.")]
    public async Task BadInput_GetsAClearPrivateError_AndNothingIsStored(string line, string error)
    {
        using var harness = await MeetingHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, "/group join name:\"Algo Club\"", "cy");
        await MeetingHarness.RequireAsync(harness, "/poll create question:\"Pizza?\" options:\"Yes | No\"", "cy");
        var before = await PollHarness.MessagesAsync(harness);

        var reply = await harness.RunAsync(line, @as: "bob");

        Assert.True(reply.IsError);
        Assert.True(reply.Ephemeral);
        Assert.StartsWith(error, reply.Text, StringComparison.Ordinal);
        await using var db = harness.Db();
        Assert.Equal(1, await db.Polls.CountAsync());
        Assert.Equal(0, await db.PollVotes.CountAsync());
        Assert.Null((await db.Polls.SingleAsync()).ClosedAt);
        Assert.Equal(before.Count, (await PollHarness.MessagesAsync(harness)).Count);
    }

    [Theory]
    [InlineData(Platform.Discord, "A | Chapter 4: the metacircular evaluator, read from the very top", "Option 2 is longer than Discord's native polls allow (55 characters), so this poll uses buttons.")]
    [InlineData(Platform.Slack, "A | Chapter 4: the metacircular evaluator, from the top, with every exercise, twice", "Buttons show the first 75 characters of long options; the poll message has the full text.")]
    public async Task OptionsOverAPlatformsLimit_FallBack_AndTheAskerIsTold(Platform platform, string options, string note)
    {
        using var harness = new CommandHarness(start: new DateTimeOffset(2027, 3, 15, 12, 0, 0, TimeSpan.Zero)) { Workspace = new(platform, "W1") };
        await MeetingHarness.RequireAsync(harness, "/group create name:\"Algo Club\" timezone:Europe/Berlin", "alice");

        var reply = await harness.RunAsync($"/poll create question:\"Q?\" options:\"{options}\"", @as: "alice");

        Assert.False(reply.IsError, reply.Text);
        Assert.Contains(note, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APick_OnAnOpenPollWithoutATie_IsRefused_AndThePollStaysOpen()
    {
        using var harness = await MeetingHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, PollHarness.Chapters, "alice");
        await MeetingHarness.RequireAsync(harness, "/poll vote option:2", "bob");

        var reply = await harness.RunAsync("/poll close pick:1", @as: "alice");

        Assert.Equal("Poll #1 has no tie to pick from: \"Chapter 4\" leads. Close it without `pick:`.", reply.Text);
        await using var db = harness.Db();
        Assert.Null((await db.Polls.SingleAsync()).ClosedAt);
    }

    [Fact]
    public async Task AMeetingTimePoll_EchoesItsTimesInTheGroupsZone()
    {
        using var harness = await MeetingHarness.CreateAsync();
        var reply = await harness.RunAsync("/poll create question:\"When?\" options:\"wed 18:00 | thu 7pm\" kind:meeting", @as: "alice");
        Assert.EndsWith("The times: 1. Wed 17 Mar 2027 18:00 CET, 2. Thu 18 Mar 2027 19:00 CET", RichText.ToPlain(reply.Text), StringComparison.Ordinal);
        Assert.Contains(RichText.Timestamp(Instant.FromUtc(2027, 3, 17, 17, 0).ToUnixTimeSeconds(), "Wed 17 Mar 2027 18:00 CET"), reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMeetingOption_BeforeThePollCloses_IsRefused()
    {
        using var harness = await MeetingHarness.CreateAsync();
        var reply = await harness.RunAsync("/poll create question:\"When?\" options:\"today 18:00 | thu 18:00\" kind:meeting", @as: "alice");
        Assert.Equal("Option 1 (Mon 15 Mar 2027 18:00 CET) is not after the poll closes (Tue 16 Mar 2027 13:00 CET). Offer later times or close the poll sooner with `closes:`.", reply.Text);
        await using var db = harness.Db();
        Assert.Equal(0, await db.Polls.CountAsync());
    }
}
