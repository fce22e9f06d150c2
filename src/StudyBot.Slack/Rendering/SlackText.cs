using System.Globalization;
using System.Text;
using StudyBot.Core.Messaging;

namespace StudyBot.Slack.Rendering;

/// <summary>
/// Slack mrkdwn from neutral text: user text escaped so it can never form a control sequence
/// (<c>&lt;!channel&gt;</c>, <c>&lt;!here&gt;</c>, <c>&lt;!everyone&gt;</c>, a forged <c>&lt;@U…&gt;</c>), rich-text tokens as Slack's own forms.
/// </summary>
internal static class SlackText
{
    /// <summary>Escapes the three characters Slack reserves; also turns Discord-style <c>**bold**</c> into Slack's <c>*bold*</c>.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            output.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return output.Replace("**", "*").ToString();
    }

    /// <summary>
    /// Renders text with tokens. Users listed in <paramref name="pingable"/> become <c>&lt;@U…&gt;</c>, which notifies them;
    /// others are written as their name, since Slack has no way to show a mention without notifying.
    /// </summary>
    public static string Render(string text, IReadOnlyCollection<string> pingable, bool ephemeral) =>
        RichText.Render(
            text,
            Escape,
            Timestamp,
            (id, name) => ephemeral || pingable.Contains(id) ? $"<@{id}>" : Escape("@" + name),
            (id, _) => $"<#{id}>",
            Link);

    /// <summary>
    /// A link shown as its title, <c>&lt;url|title&gt;</c>. Both parts are escaped; a <c>|</c> would end the url or
    /// cut the title short, so the url's is percent-encoded and the title's becomes a look-alike (Slack has no escape for it).
    /// </summary>
    public static string Link(string url, string title)
    {
        var shown = string.IsNullOrWhiteSpace(title) ? url : title;
        var target = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            target.Append(c switch
            {
                '&' => "&amp;",
                '<' or '>' or '|' => Uri.EscapeDataString(c.ToString()),
                _ when char.IsWhiteSpace(c) => Uri.EscapeDataString(c.ToString()),
                _ => c.ToString(),
            });
        }

        return $"<{target}|{Escape(shown).Replace('|', '\u2223')}>";
    }

    /// <summary>Text without any formatting, for notifications and plain-text fields.</summary>
    public static string Plain(string text) => RichText.ToPlain(text).Replace("**", string.Empty, StringComparison.Ordinal);

    /// <summary>
    /// The group-zone text (as StudyBot understood the time), then the same instant as a date token that
    /// every reader sees in their own zone, so nobody has to convert.
    /// </summary>
    public static string Timestamp(long unixSeconds, string fallback) =>
        string.Create(CultureInfo.InvariantCulture, $"{Escape(fallback)} (your time: <!date^{unixSeconds}^{{date_short_pretty}} {{time}}|{Escape(fallback)}>)");

    /// <summary>
    /// Cuts rendered mrkdwn to at most <paramref name="max"/> characters without splitting an entity or a control sequence.
    /// </summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = SafeCut(text, max - 1);
        return text[..cut] + "…";
    }

    /// <summary>Splits rendered mrkdwn into pieces of at most <paramref name="max"/>, preferring line breaks.</summary>
    public static IEnumerable<string> Split(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text;
        while (rest.Length > max)
        {
            var newline = rest.LastIndexOf('\n', max - 1);
            var cut = newline > max / 2 ? newline : SafeCut(rest, max);
            yield return rest[..cut];
            rest = rest[cut..].TrimStart('\n');
        }

        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    // Backs off to before an unterminated "<...>" or "&...;" so the cut never leaves half a token.
    private static int SafeCut(string text, int cut)
    {
        var open = text.LastIndexOf('<', cut - 1);
        if (open >= 0 && text.LastIndexOf('>', cut - 1) < open)
        {
            cut = open;
        }

        var amp = text.LastIndexOf('&', cut - 1);
        if (amp >= 0 && text.IndexOf(';', amp) >= cut && cut - amp <= 5)
        {
            cut = amp;
        }

        return Math.Max(cut, 1);
    }
}
