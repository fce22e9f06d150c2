using NodaTime;
using StudyBot.Core.Resources;
using StudyBot.Core.Tests.Meetings;

namespace StudyBot.Core.Tests.Resources;

public sealed class ResourceTests
{
    private static readonly Instant Now = Instant.FromUtc(2027, 3, 15, 12, 0);

    [Fact]
    public void Create_KeepsTheLinkTitleTagsAndNote_OnOneLineEach()
    {
        var resource = ResultAssert.Ok(Resource.Create(7, "https://mitpress.mit.edu/sicp/", "  Structure and\nInterpretation  ", "SICP, lisp", " Read\r\nchapter 1 ", "alice", Now));

        Assert.Equal((7L, "https://mitpress.mit.edu/sicp/", "https://mitpress.mit.edu/sicp"), (resource.GroupId, resource.Url, resource.UrlKey));
        Assert.Equal("Structure and Interpretation", resource.Title);
        Assert.Equal(["sicp", "lisp"], resource.Tags);
        Assert.Equal("sicp lisp", resource.TagText);
        Assert.Equal("Read chapter 1", resource.Note);
        Assert.Equal(("alice", Now), (resource.AddedBy, resource.AddedAt));
    }

    [Fact]
    public void Create_WithoutTagsOrNote_HasNone()
    {
        var resource = ResultAssert.Ok(Resource.Create(7, "https://example.org", "Docs", null, "  ", "alice", Now));

        Assert.Empty(resource.Tags);
        Assert.Null(resource.Note);
    }

    [Fact]
    public void TheLongestTitleAndNote_AreAccepted()
    {
        ResultAssert.Ok(Resource.Create(7, "https://example.org", new string('t', ResourceLimits.TitleMaxLength), null, new string('n', ResourceLimits.NoteMaxLength), "alice", Now));
    }

    [Theory]
    [InlineData("ftp://example.org", "SICP", null, null, "Only web links (http or https) can be shared; `ftp://example.org` is a ftp: link. Give a web address, such as `url:https://mitpress.mit.edu/sicp`.")]
    [InlineData("https://example.org", " ", null, null, "A resource needs a title, such as `title:\"SICP, 2nd edition\"`.")]
    [InlineData("https://example.org", "SICP", "c++", null, "Tags are letters, digits and dashes only; `c++` has `+`. Write each tag as one word, such as `tags:\"sicp, lisp\"` or `tags:\"data-structures\"`.")]
    public void BadInput_IsRefused_WithTheFirstProblem(string url, string title, string? tags, string? note, string error)
    {
        ResultAssert.Fails(Resource.Create(7, url, title, tags, note, "alice", Now), error);
    }

    [Fact]
    public void ATitleOrNoteTooLong_IsRefused_SayingByHowMuch()
    {
        ResultAssert.Fails(
            Resource.Create(7, "https://example.org", new string('t', 101), null, null, "alice", Now),
            "Resource titles can be at most 100 characters; yours has 101. Shorten it, such as `title:\"SICP, 2nd edition\"`.");
        ResultAssert.Fails(
            Resource.Create(7, "https://example.org", "SICP", null, new string('n', 301), "alice", Now),
            "Notes can be at most 300 characters; yours has 301. Keep it to a line, such as `note:\"Chapters 1-3 before Tuesday\"`.");
    }
}
