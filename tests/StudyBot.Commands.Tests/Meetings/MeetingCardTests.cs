using Microsoft.EntityFrameworkCore;
using StudyBot.Application;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Tests.Support;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Meetings;

/// <summary>
/// The meeting card as the outbox holds it: posted when a meeting is scheduled, edited (an outbox edit of the same
/// post) at every RSVP and every change of its meeting, and closed when that meeting is skipped or cancelled, with
/// the next meeting's card posted then.
/// </summary>
public sealed class MeetingCardTests
{
    private const string FirstCard = "meeting:1:card:20270316T1900";
    private const string SecondCard = "meeting:1:card:20270323T1900";

    [Fact]
    public async Task Scheduling_PostsTheFirstMeetingsCard_InTheGroupsChannel_WithRsvpButtonsAndNoAnswersYet()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        await using var db = harness.Db();
        var card = await db.Outbox.SingleAsync(o => o.IdempotencyKey == FirstCard);
        Assert.Equal(("general", (string?)null), (card.ChannelId, card.EditsKey));
        var content = ReplySerializer.Deserialize(card.Payload);
        Assert.Equal(
            "**Weekly review** (Algo Club): Tue 16 Mar 2027 19:00 CET. Coming? Answer with the buttons or `/meeting rsvp`.\n"
            + "Length: 1 hour\nWhere: Library room 2\nGoing (0): —\nMaybe (0): —\nCan't (0): —",
            ReplyAssert.Plain(content));
        Assert.Equal(["rsvp:1:20270316T1900:going", "rsvp:1:20270316T1900:maybe", "rsvp:1:20270316T1900:cant"], content.Buttons.Select(b => b.ActionId));
        Assert.Empty(content.MentionUserIds);
    }

    [Fact]
    public async Task AnswersByCommandAndByButton_EachEditTheSameCard_ListingNamesWithoutPinging()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        await MeetingHarness.RequireAsync(harness, "/meeting rsvp status:going group:\"Algo Club\"", "bob");
        var pressed = await harness.Router.RouteComponentAsync(
            new ComponentInvocation("rsvp:1:20270316T1900:maybe", new Invoker("alice", "alice"), new ChannelRef("general", "general"), harness.Workspace, new Dictionary<string, string>()),
            CancellationToken.None);

        ReplyAssert.IsSuccess(pressed);
        await using var db = harness.Db();
        var edits = await db.Outbox.Where(o => o.EditsKey == FirstCard).OrderBy(o => o.Id).ToListAsync();
        Assert.Equal([FirstCard + ":rev:1", FirstCard + ":rev:2"], edits.Select(e => e.IdempotencyKey));
        Assert.All(edits, e => Assert.Equal("general", e.ChannelId));
        var latest = ReplySerializer.Deserialize(edits[^1].Payload);
        Assert.Contains("Going (1): bob\nMaybe (1): alice\nCan't (0): —", ReplyAssert.Plain(latest), StringComparison.Ordinal);
        Assert.DoesNotContain(latest.Fields, f => f.Value.Contains('\uE000', StringComparison.Ordinal));
        Assert.Empty(latest.MentionUserIds);
        Assert.Equal(3, latest.Buttons.Count);
    }

    [Fact]
    public async Task AnAnswerForALaterMeeting_LeavesTheCardAlone()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        await MeetingHarness.RequireAsync(harness, "/meeting rsvp status:going date:2027-03-23 group:\"Algo Club\"", "bob");

        await using var db = harness.Db();
        Assert.False(await db.Outbox.AnyAsync(o => o.EditsKey != null));
        Assert.False(await db.Outbox.AnyAsync(o => o.IdempotencyKey == SecondCard));
    }

    [Fact]
    public async Task SkippingTheCardsMeeting_ClosesTheCard_AndPostsTheNextMeetingsCard()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);
        await MeetingHarness.RequireAsync(harness, "/meeting rsvp status:going group:\"Algo Club\"", "bob");

        await MeetingHarness.RequireAsync(harness, "/meeting skip date:2027-03-16 group:\"Algo Club\"", "alice");

        await using var db = harness.Db();
        var closed = ReplySerializer.Deserialize((await db.Outbox.Where(o => o.EditsKey == FirstCard).OrderBy(o => o.Id).LastAsync()).Payload);
        Assert.StartsWith("**Weekly review** (Algo Club) on Tue 16 Mar 2027 19:00 CET is skipped.", ReplyAssert.Plain(closed), StringComparison.Ordinal);
        Assert.Contains("Going (1): bob", ReplyAssert.Plain(closed), StringComparison.Ordinal);
        Assert.Empty(closed.Buttons);
        var next = ReplySerializer.Deserialize((await db.Outbox.SingleAsync(o => o.IdempotencyKey == SecondCard)).Payload);
        Assert.StartsWith("**Weekly review** (Algo Club): Tue 23 Mar 2027 19:00 CET.", ReplyAssert.Plain(next), StringComparison.Ordinal);
        Assert.Equal("rsvp:1:20270323T1900:going", next.Buttons[0].ActionId);
    }

    [Fact]
    public async Task MovingTheCardsMeeting_UpdatesTheCardWithTheNewTime_AndKeepsItsButtons()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        await MeetingHarness.RequireAsync(harness, "/meeting move date:2027-03-16 to:\"2027-03-17 18:00\" group:\"Algo Club\"", "alice");

        await using var db = harness.Db();
        var moved = ReplySerializer.Deserialize((await db.Outbox.SingleAsync(o => o.EditsKey == FirstCard)).Payload);
        Assert.StartsWith("**Weekly review** (Algo Club): Wed 17 Mar 2027 18:00 CET (moved from Tue 16 Mar 2027 19:00 CET).", ReplyAssert.Plain(moved), StringComparison.Ordinal);
        Assert.Equal("rsvp:1:20270316T1900:going", moved.Buttons[0].ActionId);
        Assert.False(await db.Outbox.AnyAsync(o => o.IdempotencyKey == SecondCard));
    }

    [Fact]
    public async Task CancellingTheSeries_ClosesTheCard_AndPostsNoOther()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        await MeetingHarness.RequireAsync(harness, "/meeting cancel group:\"Algo Club\"", "alice");

        await using var db = harness.Db();
        var closed = ReplySerializer.Deserialize((await db.Outbox.SingleAsync(o => o.EditsKey == FirstCard)).Payload);
        Assert.StartsWith("**Weekly review** (Algo Club) is cancelled.", ReplyAssert.Plain(closed), StringComparison.Ordinal);
        Assert.Empty(closed.Buttons);
        Assert.Equal(1, await db.Outbox.CountAsync(o => o.IdempotencyKey.StartsWith("meeting:") && o.EditsKey == null));
    }

    [Fact]
    public async Task ARefusedAnswer_QueuesNoEdit()
    {
        using var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);

        await Refusal.AssertRefusedAsync(harness, "/meeting rsvp status:going group:\"Algo Club\"", "mallory");

        await using var db = harness.Db();
        Assert.False(await db.Outbox.AnyAsync(o => o.EditsKey != null));
    }
}
