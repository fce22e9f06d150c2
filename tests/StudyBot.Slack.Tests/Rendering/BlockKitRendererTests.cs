using System.Text.Json.Nodes;
using StudyBot.Core.Messaging;
using StudyBot.Slack.Rendering;

namespace StudyBot.Slack.Tests.Rendering;

public sealed class BlockKitRendererTests
{
    [Theory]
    [InlineData("<!channel> meet now", "&lt;!channel&gt; meet now")]
    [InlineData("<!here|here> & <!everyone>", "&lt;!here|here&gt; &amp; &lt;!everyone&gt;")]
    [InlineData("<@U999> is cool", "&lt;@U999&gt; is cool")]
    public void UserText_IsEscaped_SoItCanNeverPingOrMention(string typed, string rendered)
    {
        var message = BlockKitRenderer.Message(Reply.Public($"Group: {typed}"));

        Assert.Equal($"Group: {rendered}", SectionText(message, 0));
        Assert.Equal($"Group: {rendered}", message["text"]!.GetValue<string>());
    }

    [Fact]
    public void Timestamp_ShowsTheGroupZoneTimeThenASlackDateTokenInTheReadersZone()
    {
        var message = BlockKitRenderer.Message(Reply.Public("Next: " + RichText.Timestamp(1795806000, "Tue 29 Nov 2026 19:00 <CET>")));

        Assert.Equal("Next: Tue 29 Nov 2026 19:00 &lt;CET&gt; (your time: <!date^1795806000^{date_short_pretty} {time}|Tue 29 Nov 2026 19:00 &lt;CET&gt;>)", SectionText(message, 0));
        Assert.Equal("Next: Tue 29 Nov 2026 19:00 &lt;CET&gt;", message["text"]!.GetValue<string>());
    }

    [Fact]
    public void ALink_IsSlacksLinkForm_AndThePlainFallbackShowsTheUrl()
    {
        var message = BlockKitRenderer.Message(Reply.Public($"Shared {RichText.Link("https://mitpress.mit.edu/sicp?a=1&b=2", "SICP")}."));

        Assert.Equal("Shared <https://mitpress.mit.edu/sicp?a=1&amp;b=2|SICP>.", SectionText(message, 0));
        Assert.Equal("Shared SICP (https://mitpress.mit.edu/sicp?a=1&amp;b=2).", message["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("A|B <!channel> & co", "https://a.org/x", "<https://a.org/x|A\u2223B &lt;!channel&gt; &amp; co>")]
    [InlineData("Docs", "https://a.org/x|y<z>", "<https://a.org/x%7Cy%3Cz%3E|Docs>")]
    public void ALinkTitleOrUrl_CannotBreakOutOfTheLink_OrPing(string title, string url, string rendered)
    {
        var message = BlockKitRenderer.Message(Reply.Public(RichText.Link(url, title)));

        Assert.Equal(rendered, SectionText(message, 0));
    }

    [Fact]
    public void Mentions_PingOnlyListedUsers_InPublicMessages()
    {
        var text = $"{RichText.User("U1", "Ann")} and {RichText.User("U2", "Bo<b>")} in {RichText.Channel("C9", "algo")}";

        var message = BlockKitRenderer.Message(Reply.Public(text) with { MentionUserIds = ["U1"] });

        Assert.Equal("<@U1> and @Bo&lt;b&gt; in <#C9>", SectionText(message, 0));
    }

    [Fact]
    public void Mentions_InPrivateReplies_ShowAsUsers()
    {
        var message = BlockKitRenderer.Message(Reply.Private($"Organizer: {RichText.User("U2", "Bo")}"));

        Assert.Equal("Organizer: <@U2>", SectionText(message, 0));
    }

    [Fact]
    public void DiscordStyleBold_BecomesSlackBold_AndTextIsVerbatim()
    {
        var message = BlockKitRenderer.Message(Reply.Public("Created **Algo Club**."));

        Assert.Equal("Created *Algo Club*.", SectionText(message, 0));
        Assert.True(message["blocks"]![0]!["text"]!["verbatim"]!.GetValue<bool>());
    }

    [Fact]
    public void Buttons_CarryTheNeutralActionId_WithUniqueActionIds()
    {
        var reply = Reply.Public("RSVP") with
        {
            Buttons = [new ReplyButton("Going", "rsvp:42:going", ButtonStyle.Success), new ReplyButton("Can't", "rsvp:42:no", ButtonStyle.Danger), new ReplyButton("Again", "rsvp:42:going")],
        };

        var elements = BlockKitRenderer.Message(reply)["blocks"]!.AsArray().Single(b => b!["type"]!.GetValue<string>() == "actions")!["elements"]!.AsArray();

        Assert.Equal(["rsvp:42:going", "rsvp:42:no", "rsvp:42:going#2"], elements.Select(e => e!["action_id"]!.GetValue<string>()));
        Assert.Equal(["rsvp:42:going", "rsvp:42:no", "rsvp:42:going"], elements.Select(e => e!["value"]!.GetValue<string>()));
        Assert.Equal("primary", elements[0]!["style"]!.GetValue<string>());
        Assert.Equal("danger", elements[1]!["style"]!.GetValue<string>());
        Assert.Null(elements[2]!["style"]);
    }

    [Fact]
    public void Poll_IsRenderedAsVoteButtons()
    {
        var reply = Reply.Public("New poll") with { Poll = new ReplyPoll(5, "Which <day>?", ["Mon", "Tue"], 24, AllowMultiple: false, Anonymous: true) };

        var blocks = BlockKitRenderer.Message(reply)["blocks"]!.AsArray();

        var buttons = blocks.Single(b => b!["type"]!.GetValue<string>() == "actions")!["elements"]!.AsArray();
        Assert.Equal(["pollvote:5:0:toggle", "pollvote:5:1:toggle"], buttons.Select(b => b!["value"]!.GetValue<string>()));
        Assert.Equal("1. Mon", buttons[0]!["text"]!["text"]!.GetValue<string>());
        Assert.Contains(blocks, b => b!["text"]?["text"]?.GetValue<string>() == "1. Mon\n2. Tue");
    }

    [Fact]
    public void AClosedPoll_HasNoVoteButtons_AndListsItsFinalCounts()
    {
        var reply = Reply.Public("Results") with { Poll = new ReplyPoll(5, "Which day?", ["Mon", "Tue"], 24, AllowMultiple: false, Anonymous: true, Closed: true) { Details = ["2 votes", "1 vote"] } };

        var blocks = BlockKitRenderer.Message(reply)["blocks"]!.AsArray();

        Assert.DoesNotContain(blocks, b => b!["type"]!.GetValue<string>() == "actions");
        Assert.Contains(blocks, b => b!["text"]?["text"]?.GetValue<string>() == "1. Mon — 2 votes\n2. Tue — 1 vote");
    }

    [Fact]
    public void APollWithHiddenResults_ListsItsAnswersWithoutCounts_AndTakesVotes()
    {
        var reply = Reply.Public("Vote") with { Poll = new ReplyPoll(5, "Which day?", ["Mon", "Tue"], 48, AllowMultiple: true, Anonymous: false, ResultsHidden: true) };

        var blocks = BlockKitRenderer.Message(reply)["blocks"]!.AsArray();

        Assert.Contains(blocks, b => b!["text"]?["text"]?.GetValue<string>() == "1. Mon\n2. Tue");
        Assert.Contains(blocks, b => b!["type"]!.GetValue<string>() == "actions");
    }

    [Fact]
    public void VoteButtonLabels_StayWithinSlacksButtonTextLimit()
    {
        var reply = Reply.Public("Vote") with { Poll = new ReplyPoll(5, "Which topic?", ["Graphs", new string('x', 100)], 24, AllowMultiple: false, Anonymous: true) };

        var buttons = BlockKitRenderer.Message(reply)["blocks"]!.AsArray().Single(b => b!["type"]!.GetValue<string>() == "actions")!["elements"]!.AsArray();

        var label = buttons[1]!["text"]!["text"]!.GetValue<string>();
        Assert.Equal(75, label.Length);
        Assert.StartsWith("2. xxx", label, StringComparison.Ordinal);
        Assert.EndsWith("…", label, StringComparison.Ordinal);
    }

    [Fact]
    public void LongMessages_StayWithinBlockKitLimits()
    {
        var lines = string.Join('\n', Enumerable.Range(0, 8000).Select(i => $"line {i} with some words in it"));
        var reply = Reply.Public(lines) with { Buttons = [new ReplyButton("OK", "ok:1")] };

        var blocks = BlockKitRenderer.Message(reply)["blocks"]!.AsArray();

        Assert.Equal(50, blocks.Count);
        Assert.All(blocks.Where(b => b!["text"] is not null), b => Assert.InRange(b!["text"]!["text"]!.GetValue<string>().Length, 1, 3000));
        Assert.Equal("actions", blocks[^1]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Truncation_NeverSplitsAnEscapeOrAToken()
    {
        Assert.Equal("ab…", SlackText.Truncate("ab&amp;cdef", 5));
        Assert.Equal("ab…", SlackText.Truncate("ab<@U123>cdef", 6));
    }

    [Fact]
    public void Form_BecomesAModalWithinSlacksLimits()
    {
        var form = new FormRequest("checkin:1:submit", "Weekly check-in for the Algorithms Club", [new FormField("did", "What I did", MultiLine: true, MaxLength: 5000, Placeholder: "Read chapter 3"), new FormField("blockers", "Blockers", Required: false)]);

        var view = ModalRenderer.View(form, new FormMetadata("C1", "algo"));

        Assert.Equal("checkin:1:submit", view["callback_id"]!.GetValue<string>());
        Assert.Equal(24, view["title"]!["text"]!.GetValue<string>().Length);
        var inputs = view["blocks"]!.AsArray();
        Assert.Equal(["did", "blockers"], inputs.Select(b => b!["block_id"]!.GetValue<string>()));
        Assert.Equal(3000, inputs[0]!["element"]!["max_length"]!.GetValue<int>());
        Assert.True(inputs[1]!["optional"]!.GetValue<bool>());
        Assert.Equal(new FormMetadata("C1", "algo"), FormMetadata.Parse(view["private_metadata"]!.GetValue<string>()));
    }

    private static string SectionText(JsonObject message, int index) => message["blocks"]![index]!["text"]!["text"]!.GetValue<string>();
}
