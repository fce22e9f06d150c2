using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Tests.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Resources;

/// <summary>Resources through the router: sharing, listing by tag, searching, removing, and every bad input refused with nothing stored.</summary>
public sealed class ResourceCommandTests
{
    private const string Sicp = "/resource add url:https://mitpress.mit.edu/sicp title:\"SICP\" tags:\"SICP, lisp\" note:\"The wizard book\"";

    [Fact]
    public async Task Adding_IsAnnouncedInTheChannel_WithTheTitleAsALink()
    {
        using var harness = await MeetingHarness.CreateAsync();

        var added = await harness.RunAsync(Sicp, @as: "alice");

        Assert.False(added.IsError, added.Text);
        Assert.False(added.Ephemeral);
        Assert.Equal("@alice shared SICP (https://mitpress.mit.edu/sicp) [sicp, lisp] with **Algo Club** (#1).\nThe wizard book", RichText.ToPlain(added.Text));
        Assert.Equal([("https://mitpress.mit.edu/sicp", "SICP")], Links(added.Text));
        Assert.Empty(added.MentionUserIds);
        await using var db = harness.Db();
        var stored = await db.Resources.SingleAsync();
        Assert.Equal(("SICP", "sicp lisp", "The wizard book", "alice"), (stored.Title, stored.TagText, stored.Note, stored.AddedBy));
    }

    [Fact]
    public async Task List_ShowsTheNewestFirst_Privately_AndATagNarrowsIt()
    {
        using var harness = await MeetingHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, Sicp, "alice");
        await MeetingHarness.RequireAsync(harness, "/resource add url:https://htdp.org title:\"How to Design Programs\" tags:racket", "bob");
        await MeetingHarness.RequireAsync(harness, "/resource add url:https://ocw.mit.edu/6-001 title:\"6.001 lectures\" tags:\"lisp, video\"", "bob");

        var all = await harness.RunAsync("/resource list", @as: "bob");
        var lisp = await harness.RunAsync("/resource list tag:#LISP", @as: "bob");
        var none = await harness.RunAsync("/resource list tag:haskell", @as: "bob");

        Assert.True(all.Ephemeral);
        Assert.Equal(
            """
            Resources in **Algo Club** (3):
            • #3 6.001 lectures (https://ocw.mit.edu/6-001) [lisp, video], from @bob on Mon 15 Mar 2027
            • #2 How to Design Programs (https://htdp.org) [racket], from @bob on Mon 15 Mar 2027
            • #1 SICP (https://mitpress.mit.edu/sicp) [sicp, lisp], from @alice on Mon 15 Mar 2027 — The wizard book
            """.ReplaceLineEndings("\n"),
            RichText.ToPlain(all.Text));
        Assert.Equal(3, Links(all.Text).Count);
        Assert.Equal(["Resources tagged `lisp` in **Algo Club** (2):", "• #3 6.001 lectures", "• #1 SICP"], RichText.ToPlain(lisp.Text).Split('\n').Select(l => l.Split(" (https")[0]));
        Assert.Equal("No resources tagged `haskell` in **Algo Club**. `/resource list` shows them all.", none.Text);
    }

    [Fact]
    public async Task Search_NeedsEveryWord_AndRanksTitleHitsFirst()
    {
        using var harness = await MeetingHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, Sicp, "alice");
        await MeetingHarness.RequireAsync(harness, "/resource add url:https://ocw.mit.edu/6-001 title:\"MIT lectures\" tags:video note:\"Lisp, as SICP teaches it\"", "bob");
        await MeetingHarness.RequireAsync(harness, "/resource add url:https://pages.example.org/lisp title:\"Lisp in Small Pieces\" tags:books", "bob");

        var lisp = await harness.RunAsync("/resource search query:LISP", @as: "bob");
        var both = await harness.RunAsync("/resource search query:\"sicp video\"", @as: "bob");
        var none = await harness.RunAsync("/resource search query:\"lisp haskell\"", @as: "bob");

        Assert.True(lisp.Ephemeral);
        // Title first (#3), then a tag (#1), then only a note (#2).
        Assert.Equal(["Resources in **Algo Club** matching “LISP” (3):", "• #3 Lisp in Small Pieces", "• #1 SICP", "• #2 MIT lectures"], RichText.ToPlain(lisp.Text).Split('\n').Select(l => l.Split(" (https")[0]));
        Assert.Equal(["Resources in **Algo Club** matching “sicp video” (1):", "• #2 MIT lectures"], RichText.ToPlain(both.Text).Split('\n').Select(l => l.Split(" (https")[0]));
        Assert.Equal("Nothing in **Algo Club** matches “lisp haskell”: every word must appear in a title, note, tag or link. Try fewer words, or `/resource list`.", none.Text);
    }

    [Fact]
    public async Task TheSameLink_WrittenDifferently_IsRefused_ShowingTheEntryThatHasIt()
    {
        using var harness = await MeetingHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, Sicp, "alice");
        harness.Time.Advance(TimeSpan.FromDays(2));

        var again = await harness.RunAsync("/resource add url:HTTPS://MITPress.mit.edu/sicp/#chapter-3 title:\"Wizard book\"", @as: "bob");

        Assert.True(again.IsError);
        Assert.True(again.Ephemeral);
        Assert.Equal("That link is in Algo Club already: #1 “SICP” added by @alice on Mon 15 Mar 2027. `/resource search` finds it by its words.", RichText.ToPlain(again.Text));
        await using var db = harness.Db();
        Assert.Equal(1, await db.Resources.CountAsync());
    }

    [Fact]
    public async Task Removing_IsForWhoeverSharedIt_OrAnOrganizer()
    {
        using var harness = await MeetingHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, "/group join name:\"Algo Club\"", "carol");
        await MeetingHarness.RequireAsync(harness, Sicp, "alice");
        await MeetingHarness.RequireAsync(harness, "/resource add url:https://htdp.org title:\"HtDP\"", "bob");
        await MeetingHarness.RequireAsync(harness, "/resource add url:https://ocw.mit.edu title:\"OCW\"", "carol");

        var others = await harness.RunAsync("/resource remove resource:#1", @as: "carol");
        var own = await harness.RunAsync("/resource remove resource:2", @as: "bob");
        var organizer = await harness.RunAsync("/resource remove resource:#3", @as: "alice");

        Assert.True(others.IsError);
        Assert.True(others.Ephemeral);
        Assert.Equal("#1 “SICP” added by @alice on Mon 15 Mar 2027; only they or Algo Club's organizers can remove it.", RichText.ToPlain(others.Text));
        Assert.Equal(("Removed #2 “HtDP” from **Algo Club**.", true), (own.Text, own.Ephemeral));
        Assert.Equal("Removed #3 “OCW” from **Algo Club**.", organizer.Text);
        await using var db = harness.Db();
        Assert.Equal([1L], await db.Resources.Select(r => r.Id).ToListAsync());
    }

    [Fact]
    public async Task AnEmptyLibrary_SaysHowToShareTheFirstLink()
    {
        using var harness = await MeetingHarness.CreateAsync();

        var list = await harness.RunAsync("/resource list", @as: "bob");

        Assert.Equal("No resources in **Algo Club** yet. Share one with `/resource add url:https://mitpress.mit.edu/sicp title:\"SICP\" tags:\"sicp, lisp\"`.", list.Text);
    }

    [Theory]
    [InlineData("/resource add url:ftp://files.example.org/sicp.pdf title:SICP", "Only web links (http or https) can be shared; `ftp://files.example.org/sicp.pdf` is a ftp: link. Give a web address, such as `url:https://mitpress.mit.edu/sicp`.")]
    [InlineData("/resource add url:\"javascript:alert(1)\" title:SICP", "Only web links (http or https) can be shared; `javascript:alert(1)` is a javascript: link. Give a web address, such as `url:https://mitpress.mit.edu/sicp`.")]
    [InlineData("/resource add url:mitpress.mit.edu/sicp title:SICP", "`mitpress.mit.edu/sicp` is not a full web address. Did you mean `url:https://mitpress.mit.edu/sicp`?")]
    [InlineData("/resource add url:https://htdp.org title:\"0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789x\"", "`title` can be at most 100 characters; yours has 101. Shorten it and try again.")]
    [InlineData("/resource add url:https://htdp.org title:HtDP tags:\"structure-and-interpretation\"", "Tags can be at most 24 characters; `structure-and-interpretation` has 28. Use a shorter word, such as `tags:\"sicp, lisp\"`.")]
    [InlineData("/resource add url:https://htdp.org title:HtDP tags:\"a, b, c, d, e, f\"", "A resource can have at most 5 tags; you gave 6 (a, b, c, d, e, f). Keep the ones that help most, such as `tags:\"sicp, lisp\"`.")]
    [InlineData("/resource add url:https://htdp.org title:HtDP tags:\"c++\"", "Tags are letters, digits and dashes only; `c++` has `+`. Write each tag as one word, such as `tags:\"sicp, lisp\"` or `tags:\"data-structures\"`.")]
    [InlineData("/resource add url:https://mitpress.mit.edu/sicp/ title:\"Again\"", "That link is in Algo Club already: #1 “SICP” added by @bob on Mon 15 Mar 2027. `/resource search` finds it by its words.")]
    [InlineData("/resource remove resource:#1", "#1 “SICP” added by @bob on Mon 15 Mar 2027; only they or Algo Club's organizers can remove it.")]
    [InlineData("/resource remove resource:#9", "Algo Club has no resource #9. `/resource list` shows them with their numbers.")]
    [InlineData("/resource remove resource:SICP", "`resource` is a resource's number, like `resource:#3`; got `SICP`. `/resource list` shows them with their numbers.")]
    [InlineData("/resource list tag:\"c++\"", "`tag` is one tag of letters, digits and dashes, such as `tag:sicp`; got `c++`.")]
    [InlineData("/resource search query:\"#\"", "Give a word or two to look for, such as `query:\"lisp interpreter\"`.")]
    public async Task BadInput_GetsAClearPrivateError_AndNothingIsStored(string line, string error)
    {
        using var harness = await MeetingHarness.CreateAsync();
        await MeetingHarness.RequireAsync(harness, "/group join name:\"Algo Club\"", "carol");
        await MeetingHarness.RequireAsync(harness, Sicp, "bob");

        var reply = await harness.RunAsync(line, @as: "carol");

        Assert.True(reply.IsError);
        Assert.True(reply.Ephemeral);
        Assert.Equal(error, RichText.ToPlain(reply.Text));
        await using var db = harness.Db();
        var stored = await db.Resources.SingleAsync();
        Assert.Equal(("SICP", "bob"), (stored.Title, stored.AddedBy));
    }

    [Fact]
    public async Task SomeoneOutsideTheGroup_CannotShare()
    {
        using var harness = await MeetingHarness.CreateAsync();

        var reply = await harness.RunAsync(Sicp, @as: "dave");

        Assert.True(reply.IsError);
        Assert.StartsWith("Only members of Algo Club can share resources.", reply.Text, StringComparison.Ordinal);
        await using var db = harness.Db();
        Assert.Equal(0, await db.Resources.CountAsync());
    }

    private static List<(string Url, string Title)> Links(string text)
    {
        var links = new List<(string, string)>();
        RichText.Render(text, s => s, (_, f) => f, (_, n) => n, (_, n) => n, (url, title) =>
        {
            links.Add((url, title));
            return title;
        });
        return links;
    }
}
