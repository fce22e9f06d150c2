using StudyBot.Core.Text;

namespace StudyBot.Core.Tests.Text;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("name", "nmae", 2)]
    [InlineData("same", "same", 0)]
    public void Distance_IsTheLevenshteinDistance(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggestions.Distance(a, b));
        Assert.Equal(expected, Suggestions.Distance(b, a));
    }

    [Fact]
    public void Distance_IsCaseSensitive()
    {
        Assert.Equal(1, Suggestions.Distance("a", "A"));
    }

    [Fact]
    public void Closest_IgnoresCaseAndReturnsTheCandidateAsWritten()
    {
        Assert.Equal("Europe/Berlin", Suggestions.Closest("EUROPE/BERLN", ["Europe/Paris", "Europe/Berlin"]));
    }

    [Fact]
    public void Closest_PicksTheNearestCandidate()
    {
        Assert.Equal("group list", Suggestions.Closest("grup list", ["group leave", "group list", "group join"]));
    }

    [Fact]
    public void Closest_OnATie_PicksTheFirstCandidate()
    {
        Assert.Equal("cat", Suggestions.Closest("bat", ["cat", "hat"]));
    }

    [Theory]
    [InlineData("zz")]
    [InlineData("completely different")]
    public void Closest_WithNothingPlausible_IsNull(string input)
    {
        Assert.Null(Suggestions.Closest(input, ["group create", "help"]));
    }

    [Fact]
    public void Closest_AllowsAboutOneEditInThree()
    {
        // 12 characters allow 4 edits, not 5.
        Assert.Equal("abcdefghijkl", Suggestions.Closest("abcdefghwxyz", ["abcdefghijkl"]));
        Assert.Null(Suggestions.Closest("abcdefgvwxyz", ["abcdefghijkl"]));
    }

    [Fact]
    public void Closest_ShortWords_StillAllowTwoEdits()
    {
        Assert.Equal("name", Suggestions.Closest("nmae", ["name", "timezone"]));
    }

    [Fact]
    public void Closest_WithoutCandidates_IsNull()
    {
        Assert.Null(Suggestions.Closest("anything", []));
    }
}
