using System.Globalization;
using System.Text.RegularExpressions;
using StudyBot.Core.Results;

namespace StudyBot.Core.Resources;

/// <summary>
/// A web link as a member shares it, checked (absolute http or https only), with the key that finds the same page
/// shared twice: scheme and host in lower case, no default port, no fragment, no trailing slash.
/// </summary>
/// <param name="Value">The link as typed (without angle brackets around it).</param>
/// <param name="Key">The normalized form for duplicate detection.</param>
public sealed partial record ResourceUrl(string Value, string Key)
{
    private const string Example = "`url:https://mitpress.mit.edu/sicp`";

    /// <summary>
    /// Reads a link. Angle brackets around it (<c>&lt;https://…&gt;</c>, which Discord users type to hide a preview and
    /// Slack sends for links, with <c>|label</c> at times) are dropped.
    /// </summary>
    public static Result<ResourceUrl> Parse(string? text)
    {
        var typed = Unwrap((text ?? string.Empty).Trim());
        if (typed.Length == 0)
        {
            return Result<ResourceUrl>.Fail($"A resource needs a link, such as {Example}.");
        }

        if (typed.Length > ResourceLimits.UrlMaxLength)
        {
            return Result<ResourceUrl>.Fail($"Links can be at most {ResourceLimits.UrlMaxLength} characters; yours has {typed.Length}. Share a shorter address of the same page, such as {Example}.");
        }

        if (typed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return Result<ResourceUrl>.Fail($"A link can't contain spaces or line breaks. Give the address alone, such as {Example}.");
        }

        var scheme = Scheme().Match(typed);
        if (scheme.Success && !IsWeb(scheme.Groups["scheme"].Value))
        {
            return Result<ResourceUrl>.Fail($"Only web links (http or https) can be shared; `{typed}` is a {scheme.Groups["scheme"].Value.ToLowerInvariant()}: link. Give a web address, such as {Example}.");
        }

        if (!scheme.Success)
        {
            var guess = "https://" + typed;
            return Result<ResourceUrl>.Fail(IsWebUri(guess, out var guessed) && guessed.Host.Contains('.', StringComparison.Ordinal)
                ? $"`{typed}` is not a full web address. Did you mean `url:{guess}`?"
                : $"`{typed}` is not a web address. Give the full address, starting with https://, such as {Example}.");
        }

        if (!IsWebUri(typed, out var uri))
        {
            return Result<ResourceUrl>.Fail($"I couldn't read `{typed}` as a web address. Give the full address, such as {Example}.");
        }

        if (uri.UserInfo.Length > 0)
        {
            return Result<ResourceUrl>.Fail($"Links with a user name or password before the host (`name@`) can't be shared. Give the address without it, such as {Example}.");
        }

        return new ResourceUrl(typed, KeyOf(uri));
    }

    /// <summary>The duplicate-detection key of a link already known to be an absolute web address.</summary>
    public static string KeyOf(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var port = uri.IsDefaultPort ? string.Empty : string.Create(CultureInfo.InvariantCulture, $":{uri.Port}");
        var path = uri.AbsolutePath.TrimEnd('/');
        var query = uri.Query.Length > 1 ? uri.Query : string.Empty;
        return $"{uri.Scheme.ToLowerInvariant()}://{uri.IdnHost.ToLowerInvariant()}{port}{path}{query}";
    }

    private static string Unwrap(string text)
    {
        if (text.Length < 2 || text[0] != '<' || text[^1] != '>')
        {
            return text;
        }

        var inner = text[1..^1];
        var label = inner.IndexOf('|', StringComparison.Ordinal);
        return (label >= 0 ? inner[..label] : inner).Trim();
    }

    private static bool IsWeb(string scheme) =>
        scheme.Equals(Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase) || scheme.Equals(Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase);

    private static bool IsWebUri(string text, out Uri uri)
    {
        uri = null!;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed) || !IsWeb(parsed.Scheme) || parsed.Host.Length == 0 || !text.Contains("//", StringComparison.Ordinal))
        {
            return false;
        }

        uri = parsed;
        return true;
    }

    // A scheme is letters then letters, digits, + . - before a colon; "localhost:8080" is a host and port, not a scheme.
    [GeneratedRegex(@"^(?<scheme>[A-Za-z][A-Za-z0-9+.\-]*):(?!\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Scheme();
}
