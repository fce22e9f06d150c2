using StudyBot.Core.Messaging;
using StudyBot.Discord.Rendering;
using StudyBot.Discord.Tests.Fakes;

namespace StudyBot.Discord.Tests.Rendering;

public sealed class MessageRendererTests
{
    [Fact]
    public void Buttons_FillRowsOfFiveWithVersionedCustomIds()
    {
        var buttons = Enumerable.Range(0, 7).Select(i => new ReplyButton($"Option {i}", $"rsvp:{i}:going", ButtonStyle.Success)).ToList();

        var body = MessageRenderer.Render(new Reply { Text = "RSVP", Buttons = buttons }, forInteraction: false).Body;

        var rows = body["components"]!.AsArray();
        Assert.Equal(2, rows.Count);
        Assert.Equal(5, rows[0]!["components"]!.AsArray().Count);
        Assert.Equal("sb1:rsvp:6:going", rows[1]!["components"]![1]!["custom_id"]!.GetValue<string>());
        Assert.Equal(3, rows[0]!["components"]![0]!["style"]!.GetValue<int>());
    }

    [Fact]
    public void LongestActionId_FitsDiscordsCustomIdLimit()
    {
        var actionId = new string('a', ReplyButton.MaxActionIdLength);

        var customId = CustomIds.Wrap(actionId);

        Assert.NotNull(customId);
        Assert.True(customId.Length <= 100);
        Assert.Equal(actionId, CustomIds.Unwrap(customId));
    }

    [Fact]
    public void TextLongerThanContentLimit_MovesToEmbed_AndFieldsBecomeEmbedFields()
    {
        var reply = new Reply { Text = new string('x', 2500), Fields = [new ReplyField("When", RichText.Timestamp(1795000000, "Tue"), Inline: true)] };

        var body = MessageRenderer.Render(reply, forInteraction: true).Body;

        Assert.Null(body["content"]);
        var embed = body["embeds"]![0]!;
        Assert.Equal(2500, embed["description"]!.GetValue<string>().Length);
        Assert.Equal("Tue (your time: <t:1795000000:F>)", embed["fields"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void ALink_IsAMaskedLink_InContentAndEmbedFields_WithoutAPreview()
    {
        var link = RichText.Link("https://mitpress.mit.edu/sicp", "SICP");
        var reply = new Reply { Text = $"Shared {link}.", Fields = [new ReplyField("Resources", link)] };

        var body = MessageRenderer.Render(reply, forInteraction: false).Body;

        Assert.Equal("Shared [SICP](<https://mitpress.mit.edu/sicp>).", body["content"]!.GetValue<string>());
        Assert.Equal("[SICP](<https://mitpress.mit.edu/sicp>)", body["embeds"]![0]!["fields"]![0]!["value"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Lisp [draft](x)", "https://a.org/b", "[Lisp \\[draft\\]\\(x\\)](<https://a.org/b>)")]
    [InlineData("Notes @everyone @here", "https://a.org/(c)<d>", "[Notes @\u200Beveryone @\u200Bhere](<https://a.org/%28c%29%3Cd%3E>)")]
    public void ALinkTitle_CannotEndTheLinkEarlyOrPing_AndTheUrlCannotEndItEither(string title, string url, string rendered)
    {
        var body = MessageRenderer.Render(Reply.Public(RichText.Link(url, title)), forInteraction: false).Body;

        Assert.Equal(rendered, body["content"]!.GetValue<string>());
        Assert.Empty(body["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public void EphemeralFlag_OnlyForInteractions()
    {
        Assert.Equal(64, MessageRenderer.Render(Reply.Error("no"), forInteraction: true).Body["flags"]!.GetValue<int>());
        Assert.Null(MessageRenderer.Render(Reply.Error("no"), forInteraction: false).Body["flags"]);
    }

    public static TheoryData<string, ReplyPoll> PollsThatCannotBeNative => new()
    {
        { "anonymous", Poll() with { Anonymous = true } },
        { "results hidden", Poll() with { ResultsHidden = true } },
        { "a 56-character answer", Poll() with { Answers = ["Graphs", new string('x', 56)] } },
        { "one answer", Poll() with { Answers = ["Graphs"] } },
        { "eleven answers", Poll() with { Answers = [.. Enumerable.Range(1, 11).Select(i => $"Topic {i}")] } },
    };

    [Fact]
    public void AnOpenPollWithinDiscordsLimits_IsANativePoll_WithItsAnswersUncut()
    {
        var longest = new string('x', NativePoll.MaxAnswerLength);

        var body = MessageRenderer.Render(new Reply { Text = "Vote", Poll = Poll() with { Answers = ["Graphs", longest], DurationHours = 1000 } }, forInteraction: false).Body;

        Assert.Equal(longest, body["poll"]!["answers"]![1]!["poll_media"]!["text"]!.GetValue<string>());
        Assert.Equal(768, body["poll"]!["duration"]!.GetValue<int>());
        Assert.Null(body["components"]);
    }

    [Theory]
    [MemberData(nameof(PollsThatCannotBeNative))]
    public void APollThatCannotBeNative_VotesThroughOneButtonPerAnswer(string why, ReplyPoll poll)
    {
        var rendered = MessageRenderer.Render(new Reply { Text = "Vote", Poll = poll }, forInteraction: false);

        Assert.Null(rendered.Body["poll"]);
        Assert.Null(rendered.NativePollId);
        var ids = rendered.Body["components"]!.AsArray().SelectMany(row => row!["components"]!.AsArray()).Select(b => b!["custom_id"]!.GetValue<string>());
        Assert.Equal(poll.Answers.Select((_, i) => $"sb1:pollvote:7:{i}:toggle"), ids);
        Assert.False(NativePoll.Fits(poll), why);
    }

    [Fact]
    public void AButtonPoll_ListsItsAnswersWithTheirCounts_ANativePollLeavesThatToDiscord()
    {
        var counts = new[] { "2 votes", "0 votes", "1 vote" };
        var buttons = MessageRenderer.Render(new Reply { Text = "Vote", Poll = Poll() with { Anonymous = true, Details = counts } }, forInteraction: false).Body;
        var native = MessageRenderer.Render(new Reply { Text = "Vote", Poll = Poll() with { Details = counts } }, forInteraction: false).Body;

        Assert.Equal("Vote\n1. Graphs — 2 votes\n2. DP — 0 votes\n3. Strings — 1 vote", buttons["content"]!.GetValue<string>());
        Assert.Equal("Vote", native["content"]!.GetValue<string>());
    }

    [Fact]
    public void VoteButtonLabels_AreCutToDiscordsLimit()
    {
        var poll = Poll() with { Anonymous = true, Answers = ["Graphs", new string('y', 120)] };

        var label = MessageRenderer.Render(new Reply { Text = "Vote", Poll = poll }, forInteraction: false).Body["components"]![0]!["components"]![1]!["label"]!.GetValue<string>();

        Assert.Equal(80, label.Length);
        Assert.EndsWith("…", label, StringComparison.Ordinal);
    }

    [Fact]
    public void AClosedPoll_HasNeitherANativePollNorVoteButtons_ButKeepsTheReplysOwnButtons()
    {
        var reply = new Reply { Text = "Results", Poll = Poll() with { Closed = true }, Buttons = [new ReplyButton("Details", "poll:7:details")] };

        var body = MessageRenderer.Render(reply, forInteraction: false).Body;

        Assert.Null(body["poll"]);
        Assert.Equal("sb1:poll:7:details", Assert.Single(body["components"]![0]!["components"]!.AsArray())!["custom_id"]!.GetValue<string>());
    }

    [Fact]
    public void AnEdit_ClearsWhatTheReplyNoLongerHas_AndNeverCarriesAPollOrFiles()
    {
        var reply = new Reply { Text = "Results", Poll = Poll() with { Closed = true }, Attachments = [new ReplyAttachment("a.png", "image/png", [1])] };

        var body = MessageRenderer.Edit(reply);

        // A closed poll's message lists its answers (with their final counts, when the reply gives them).
        Assert.Equal(("Results\n1. Graphs\n2. DP\n3. Strings", 0, 0), (body["content"]!.GetValue<string>(), body["embeds"]!.AsArray().Count, body["components"]!.AsArray().Count));
        Assert.Null(body["poll"]);
        Assert.Null(body["attachments"]);
        Assert.Null(body["nonce"]);
    }

    [Fact]
    public void OpenApiValidator_CatchesABodyThatBreaksTheSpec()
    {
        var bad = new RecordedRequest("POST", "/channels/300/messages", string.Empty, new Dictionary<string, string>(), "application/json", [], $$"""{"content":"{{new string('x', 2001)}}","nonce":"{{new string('n', 30)}}"}""", []);

        Assert.NotEmpty(OpenApiValidator.Validate(bad));
    }

    private static ReplyPoll Poll() => new(7, "Next topic?", ["Graphs", "DP", "Strings"], 24, AllowMultiple: false, Anonymous: false);
}
