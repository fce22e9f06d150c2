using System.Text.Json.Nodes;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Scheduling.Tests.Delivery;

/// <summary>The outbox payload keeps a poll's flags, and payloads written before the flags existed still read.</summary>
public sealed class ReplySerializerTests
{
    [Fact]
    public void APollsFlags_SurviveTheRoundTrip()
    {
        var reply = Reply.Public("Vote") with { Poll = new ReplyPoll(5, "Next topic?", ["Graphs", "DP"], 24, AllowMultiple: false, Anonymous: true, ResultsHidden: true, Closed: true) };

        var poll = ReplySerializer.Deserialize(ReplySerializer.Serialize(reply)).Poll!;

        Assert.Equal((true, true), (poll.ResultsHidden, poll.Closed));
        Assert.Equal(["Graphs", "DP"], poll.Answers);
    }

    [Fact]
    public void APollsCounts_SurviveTheOutbox()
    {
        var sent = Reply.Public("Vote") with { Poll = new ReplyPoll(5, "Next topic?", ["Graphs", "DP"], 48, AllowMultiple: false, Anonymous: false) { Details = ["2 votes: @Ana, @Ben", "0 votes"] } };

        var poll = ReplySerializer.Deserialize(ReplySerializer.Serialize(sent)).Poll!;

        Assert.Equal(["2 votes: @Ana, @Ben", "0 votes"], poll.Details);
    }

    [Fact]
    public void APayloadFromBeforeTheFlags_ReadsAsAnOpenPollWithVisibleResults()
    {
        // What the serializer wrote before: the same payload without the two flags.
        var payload = JsonNode.Parse(ReplySerializer.Serialize(Reply.Public("Vote") with { Poll = new ReplyPoll(5, "Next topic?", ["Graphs", "DP"], 48, AllowMultiple: true, Anonymous: false, ResultsHidden: true, Closed: true) }))!;
        var written = payload["poll"]!.AsObject();
        Assert.True(written.Remove("resultsHidden") && written.Remove("closed"));

        var poll = ReplySerializer.Deserialize(payload.ToJsonString()).Poll!;

        Assert.Equal(new ReplyPoll(5, "Next topic?", poll.Answers, 48, AllowMultiple: true, Anonymous: false) { Details = poll.Details }, poll);
        Assert.Empty(poll.Details);
        Assert.Equal((false, false), (poll.ResultsHidden, poll.Closed));
    }
}
