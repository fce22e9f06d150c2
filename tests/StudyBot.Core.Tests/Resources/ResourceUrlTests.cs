using StudyBot.Core.Resources;
using StudyBot.Core.Tests.Meetings;

namespace StudyBot.Core.Tests.Resources;

public sealed class ResourceUrlTests
{
    [Theory]
    [InlineData("https://mitpress.mit.edu/sicp", "https://mitpress.mit.edu/sicp")]
    [InlineData("HTTPS://MITPress.MIT.edu/sicp/", "https://mitpress.mit.edu/sicp")]
    [InlineData("https://mitpress.mit.edu/sicp#chapter-3", "https://mitpress.mit.edu/sicp")]
    [InlineData("https://mitpress.mit.edu:443/sicp", "https://mitpress.mit.edu/sicp")]
    [InlineData("http://example.org", "http://example.org")]
    [InlineData("http://example.org/", "http://example.org")]
    [InlineData("http://example.org:8080/a/?q=1#x", "http://example.org:8080/a?q=1")]
    [InlineData("https://example.org/Case/Matters", "https://example.org/Case/Matters")]
    [InlineData("<https://example.org/a>", "https://example.org/a")]
    [InlineData("<https://example.org/a|example.org/a>", "https://example.org/a")]
    public void AWebLink_IsAccepted_WithANormalizedKey(string typed, string key)
    {
        var url = ResultAssert.Ok(ResourceUrl.Parse(typed));

        Assert.Equal(key, url.Key);
        Assert.DoesNotContain('<', url.Value);
    }

    [Fact]
    public void TheLink_IsKeptAsTyped()
    {
        Assert.Equal("HTTPS://MITPress.MIT.edu/sicp/#top", ResultAssert.Ok(ResourceUrl.Parse("  HTTPS://MITPress.MIT.edu/sicp/#top ")).Value);
    }

    [Fact]
    public void TheLongestLink_IsAccepted_AndOneMoreCharacterIsNot()
    {
        var longest = "https://example.org/" + new string('a', ResourceLimits.UrlMaxLength - 20);

        ResultAssert.Ok(ResourceUrl.Parse(longest));
        ResultAssert.Fails(ResourceUrl.Parse(longest + "a"), "Links can be at most 500 characters; yours has 501. Share a shorter address of the same page, such as `url:https://mitpress.mit.edu/sicp`.");
    }

    [Theory]
    [InlineData("", "A resource needs a link, such as `url:https://mitpress.mit.edu/sicp`.")]
    [InlineData("ftp://files.example.org/sicp.pdf", "Only web links (http or https) can be shared; `ftp://files.example.org/sicp.pdf` is a ftp: link. Give a web address, such as `url:https://mitpress.mit.edu/sicp`.")]
    [InlineData("javascript:alert(1)", "Only web links (http or https) can be shared; `javascript:alert(1)` is a javascript: link. Give a web address, such as `url:https://mitpress.mit.edu/sicp`.")]
    [InlineData("JavaScript://%0Aalert(1)", "Only web links (http or https) can be shared; `JavaScript://%0Aalert(1)` is a javascript: link. Give a web address, such as `url:https://mitpress.mit.edu/sicp`.")]
    [InlineData("data:text/html,hi", "Only web links (http or https) can be shared; `data:text/html,hi` is a data: link. Give a web address, such as `url:https://mitpress.mit.edu/sicp`.")]
    [InlineData("file:///etc/passwd", "Only web links (http or https) can be shared; `file:///etc/passwd` is a file: link. Give a web address, such as `url:https://mitpress.mit.edu/sicp`.")]
    [InlineData("mitpress.mit.edu/sicp", "`mitpress.mit.edu/sicp` is not a full web address. Did you mean `url:https://mitpress.mit.edu/sicp`?")]
    [InlineData("/sicp", "`/sicp` is not a web address. Give the full address, starting with https://, such as `url:https://mitpress.mit.edu/sicp`.")]
    [InlineData("https://", "I couldn't read `https://` as a web address. Give the full address, such as `url:https://mitpress.mit.edu/sicp`.")]
    [InlineData("https:example.org", "I couldn't read `https:example.org` as a web address. Give the full address, such as `url:https://mitpress.mit.edu/sicp`.")]
    [InlineData("https://exa mple.org", "A link can't contain spaces or line breaks. Give the address alone, such as `url:https://mitpress.mit.edu/sicp`.")]
    [InlineData("https://bob:secret@example.org/", "Links with a user name or password before the host (`name@`) can't be shared. Give the address without it, such as `url:https://mitpress.mit.edu/sicp`.")]
    public void AnythingButAnAbsoluteWebLink_IsRefused_SayingHowToFixIt(string typed, string error)
    {
        ResultAssert.Fails(ResourceUrl.Parse(typed), error);
    }
}
