using NodaTime;
using StudyBot.Core.Resources;
using StudyBot.Core.Tests.Meetings;

namespace StudyBot.Core.Tests.Resources;

public sealed class ResourceSearchTests
{
    private static readonly Resource Sicp = Make("https://mitpress.mit.edu/sicp", "Structure and Interpretation of Computer Programs", "sicp, lisp", "The wizard book");
    private static readonly Resource Lectures = Make("https://ocw.mit.edu/6-001", "MIT 6.001 lectures", "lisp, video", "Follows SICP closely");
    private static readonly Resource Htdp = Make("https://htdp.org", "How to Design Programs", "racket", null);

    [Fact]
    public void EveryWord_MustAppearSomewhere_InAnyCase()
    {
        Assert.Equal([Sicp], Rank("WIZARD lisp"));
        Assert.Equal([Lectures], Rank("ocw video"));
        Assert.Empty(Rank("wizard racket"));
    }

    [Fact]
    public void TitleHits_ComeFirst_ThenTagHits()
    {
        var lisp = Make("https://pages.example.org/lisp", "Lisp in Small Pieces", "books", null);

        // Lisp has the word in its title, Sicp and Lectures in their tags, Lectures also in its note.
        Assert.Equal([lisp, Sicp, Lectures], ResourceSearch.Rank([Sicp, Lectures, Htdp, lisp], ResourceSearch.Words("lisp")));
        // Sicp has it in a tag, Lectures in its note only.
        Assert.Equal([Sicp, Lectures], ResourceSearch.Rank([Lectures, Sicp], ResourceSearch.Words("sicp")));
    }

    [Fact]
    public void Words_AreSplitOnSpacesAndCommas_WithoutQuotesOrHashes()
    {
        Assert.Equal(["lisp", "scheme", "intro"], ResourceSearch.Words(" \"lisp\",  #scheme intro LISP"));
    }

    private static IReadOnlyList<Resource> Rank(string query) => ResourceSearch.Rank([Sicp, Lectures, Htdp], ResourceSearch.Words(query));

    private static Resource Make(string url, string title, string? tags, string? note) =>
        ResultAssert.Ok(Resource.Create(1, url, title, tags, note, "alice", Instant.FromUtc(2027, 3, 15, 12, 0)));
}
