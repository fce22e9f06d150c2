using CsCheck;
using StudyBot.Core.Resources;
using StudyBot.Core.Tests.Meetings;

namespace StudyBot.Core.Tests.Resources;

/// <summary>The duplicate key over random links: writing the same page differently never changes it, a different page always does.</summary>
public sealed class ResourceUrlPropertyTests
{
    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-"], 1, 12];
    private static readonly Gen<string> Label = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], 1, 12];

    private static readonly Gen<Link> Links =
        from https in Gen.Bool
        from host in Label.Array[1, 3]
        from path in Word.Array[0, 4]
        from query in Word.Array[0, 2]
        select new Link(https ? "https" : "http", string.Join('.', host) + ".org", path.Length == 0 ? string.Empty : "/" + string.Join('/', path), query.Length == 0 ? string.Empty : "?q=" + string.Join('&', query));

    private static readonly Gen<string> Casings = Gen.String[Gen.Char["aA"], 64, 64];

    [Fact]
    public void CaseOfSchemeAndHost_AFragment_ATrailingSlashAndTheDefaultPort_NeverChangeTheKey()
    {
        Gen.Select(Links, Casings, Word, Gen.Bool, Gen.Bool).Sample((link, casing, fragment, slash, port) =>
        {
            var plain = Key(link.ToString());
            var written = $"{Shout(link.Scheme, casing)}://{Shout(link.Host, casing)}{(port ? (link.Scheme == "https" ? ":443" : ":80") : string.Empty)}{link.Path}{(slash ? "/" : string.Empty)}{link.Query}#{fragment}";

            Assert.Equal(plain, Key(written));
        }, iter: 1000);
    }

    [Fact]
    public void TheKey_IsALinkWithTheSameKey()
    {
        Links.Sample(link =>
        {
            var key = Key(link.ToString());

            Assert.Equal(key, Key(key));
        }, iter: 1000);
    }

    [Fact]
    public void ADifferentPathOrQuery_GivesADifferentKey()
    {
        Gen.Select(Links, Word).Sample((link, extra) =>
        {
            Assert.NotEqual(Key(link.ToString()), Key((link with { Path = link.Path + "/" + extra }).ToString()));
            Assert.NotEqual(Key(link.ToString()), Key((link with { Query = (link.Query.Length == 0 ? "?" : link.Query + "&") + extra }).ToString()));
        }, iter: 1000);
    }

    private static string Key(string url) => ResultAssert.Ok(ResourceUrl.Parse(url)).Key;

    private static string Shout(string text, string casing) =>
        string.Concat(text.Select((c, i) => casing[i % casing.Length] == 'A' ? char.ToUpperInvariant(c) : c));

    private sealed record Link(string Scheme, string Host, string Path, string Query)
    {
        public override string ToString() => $"{Scheme}://{Host}{Path}{Query}";
    }
}
