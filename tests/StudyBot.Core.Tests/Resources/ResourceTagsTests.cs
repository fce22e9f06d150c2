using StudyBot.Core.Resources;
using StudyBot.Core.Tests.Meetings;

namespace StudyBot.Core.Tests.Resources;

public sealed class ResourceTagsTests
{
    [Theory]
    [InlineData(null, new string[0])]
    [InlineData("  ", new string[0])]
    [InlineData("sicp, lisp", new[] { "sicp", "lisp" })]
    [InlineData("SICP lisp,#Scheme", new[] { "sicp", "lisp", "scheme" })]
    [InlineData("lisp, Lisp, LISP", new[] { "lisp" })]
    [InlineData("data-structures, größe, 6001", new[] { "data-structures", "größe", "6001" })]
    public void Tags_AreSplitOnCommasAndSpaces_LowerCased_AndKeptOnce(string? typed, string[] tags)
    {
        Assert.Equal(tags, ResultAssert.Ok(ResourceTags.Parse(typed)));
    }

    [Fact]
    public void FiveTagsOfTheLongestLength_AreAccepted()
    {
        var tags = Enumerable.Range(0, ResourceLimits.MaxTags).Select(i => new string((char)('a' + i), ResourceLimits.TagMaxLength)).ToList();

        Assert.Equal(tags, ResultAssert.Ok(ResourceTags.Parse(string.Join(", ", tags))));
        Assert.True(string.Join(' ', tags).Length <= ResourceLimits.StoredTagsMaxLength);
    }

    [Theory]
    [InlineData("a, b, c, d, e, f", "A resource can have at most 5 tags; you gave 6 (a, b, c, d, e, f). Keep the ones that help most, such as `tags:\"sicp, lisp\"`.")]
    [InlineData("structure-and-interpretation", "Tags can be at most 24 characters; `structure-and-interpretation` has 28. Use a shorter word, such as `tags:\"sicp, lisp\"`.")]
    [InlineData("sicp, c++", "Tags are letters, digits and dashes only; `c++` has `+`. Write each tag as one word, such as `tags:\"sicp, lisp\"` or `tags:\"data-structures\"`.")]
    [InlineData("lisp;scheme", "Tags are letters, digits and dashes only; `lisp;scheme` has `;`. Write each tag as one word, such as `tags:\"sicp, lisp\"` or `tags:\"data-structures\"`.")]
    [InlineData("@everyone", "Tags are letters, digits and dashes only; `@everyone` has `@`. Write each tag as one word, such as `tags:\"sicp, lisp\"` or `tags:\"data-structures\"`.")]
    public void BadTags_AreRefused_NamingTheTag(string typed, string error)
    {
        ResultAssert.Fails(ResourceTags.Parse(typed), error);
    }
}
