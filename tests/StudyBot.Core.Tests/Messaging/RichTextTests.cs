using StudyBot.Core.Messaging;

namespace StudyBot.Core.Tests.Messaging;

public sealed class RichTextTests
{
    [Fact]
    public void ToPlain_RendersUsersChannelsAndTimestampFallbacks()
    {
        var text = $"{RichText.User("U1", "alice")} meets in {RichText.Channel("C1", "algo")} on {RichText.Timestamp(1_800_000_000, "Tue 16 Mar 2027 19:00 CET")}.";

        Assert.Equal("@alice meets in #algo on Tue 16 Mar 2027 19:00 CET.", RichText.ToPlain(text));
    }

    [Fact]
    public void Render_HandsEachTokenToItsPlatformFormAndEscapesOnlyPlainText()
    {
        var text = $"*hi* {RichText.User("123", "al*ice")} {RichText.Timestamp(42, "x")} {RichText.Channel("9", "gen")} {RichText.Link("https://a.org/b*", "t*")}";

        var rendered = RichText.Render(
            text,
            s => s.Replace("*", "\\*", StringComparison.Ordinal),
            (unix, _) => $"<t:{unix}:F>",
            (id, _) => $"<@{id}>",
            (id, _) => $"<#{id}>",
            (url, title) => $"<{url}|{title}>");

        Assert.Equal("\\*hi\\* <@123> <t:42:F> <#9> <https://a.org/b*|t*>", rendered);
    }

    [Fact]
    public void Timestamp_FallbackMayContainColons()
    {
        Assert.Equal("at 19:00:30", RichText.ToPlain("at " + RichText.Timestamp(0, "19:00:30")));
    }

    [Fact]
    public void StripTokens_RemovesOnlyTheDelimiters()
    {
        Assert.Equal("au:999:Modb", RichText.StripTokens("a\uE000u:999:Mod\uE001b"));
        Assert.Equal(string.Empty, RichText.StripTokens(null!));
    }

    [Fact]
    public void TextWithoutTokens_RendersUnchanged()
    {
        Assert.Equal("u:999:Mod @everyone", RichText.ToPlain("u:999:Mod @everyone"));
    }

    [Fact]
    public void DisplayNameCarryingDelimiters_CannotCloseTheTokenEarlyOrOpenAnother()
    {
        var users = new List<string>();
        var text = RichText.User("1", "x\uE001\uE000u:999:Mod\uE001");

        var rendered = RichText.Render(text, s => s, (_, f) => f, (id, name) =>
        {
            users.Add(id);
            return $"@{name}";
        }, (_, n) => n, (_, t) => t);

        Assert.Equal(["1"], users);
        Assert.Equal("@xu:999:Mod", rendered);
    }

    [Fact]
    public void ForgedTokenInUserText_RendersAsAMentionUntilStripped()
    {
        // This is why every option value goes through StripTokens: raw delimiters would ping.
        const string forged = "\uE000u:999:Mod\uE001";

        Assert.Equal("@Mod", RichText.ToPlain(forged));
        Assert.Equal("u:999:Mod", RichText.ToPlain(RichText.StripTokens(forged)));
    }

    [Fact]
    public void Link_KeepsItsUrlWhole_ThroughTheColonsThatSeparateATokensParts()
    {
        const string url = "https://example.org:8443/a:b?q=x%3Ay&r=1#part:2";
        var text = $"Read {RichText.Link(url, "SICP: the book")} now";

        var links = new List<(string Url, string Title)>();
        var rendered = RichText.Render(text, s => s.ToUpperInvariant(), (_, f) => f, (_, n) => n, (_, n) => n, (u, t) =>
        {
            links.Add((u, t));
            return "<link>";
        });

        Assert.Equal([(url, "SICP: the book")], links);
        Assert.Equal("READ <link> NOW", rendered);
    }

    [Fact]
    public void ToPlain_WritesALinkAsTitleThenUrl()
    {
        Assert.Equal("See SICP (https://mitpress.mit.edu/sicp).", RichText.ToPlain($"See {RichText.Link("https://mitpress.mit.edu/sicp", "SICP")}."));
    }

    [Fact]
    public void ALinkTitleCarryingDelimiters_CannotForgeAMention()
    {
        var text = RichText.Link("https://x.org", "x\uE001\uE000u:999:Mod\uE001");

        Assert.Equal("xu:999:Mod (https://x.org)", RichText.ToPlain(text));
    }
}
