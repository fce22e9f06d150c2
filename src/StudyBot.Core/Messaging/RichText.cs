using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StudyBot.Core.Messaging;

/// <summary>
/// Tokens for things each platform writes its own way: a timestamp every reader sees in their own
/// zone, a user mention, a channel reference and a link with a title. Tokens are delimited by private-use characters that user input can never
/// carry (<see cref="StripTokens"/> runs on every option value), so user text cannot forge a ping.
/// </summary>
public static partial class RichText
{
    private const char Open = '\uE000';
    private const char Close = '\uE001';

    /// <summary>
    /// A timestamp. The console shows the fallback (the time in the group's zone); the platforms show the
    /// fallback followed by their own timestamp (Discord &lt;t:unix:F&gt;, Slack's date token), which each
    /// reader sees in their own zone.
    /// </summary>
    /// <param name="unixSeconds">The instant.</param>
    /// <param name="fallback">The time already written in the group's zone, e.g. "Tue 16 Mar 2027 19:00 CET".</param>
    public static string Timestamp(long unixSeconds, string fallback) =>
        string.Create(CultureInfo.InvariantCulture, $"{Open}t:{unixSeconds}:{Clean(fallback)}{Close}");

    /// <summary>A user mention that pings only if the message lists the user in MentionUserIds.</summary>
    public static string User(string userId, string displayName) => $"{Open}u:{Clean(userId)}:{Clean(displayName)}{Close}";

    /// <summary>A channel reference: a link on the platforms, <c>#name</c> on the console.</summary>
    public static string Channel(string channelId, string channelName) => $"{Open}c:{Clean(channelId)}:{Clean(channelName)}{Close}";

    /// <summary>
    /// A link shown as its title: a masked link on Discord, <c>&lt;url|title&gt;</c> on Slack, <c>title (url)</c> in plain text.
    /// The url is escaped inside the token, since urls carry the colons that separate a token's parts.
    /// </summary>
    public static string Link(string url, string title) => $"{Open}l:{Uri.EscapeDataString(Clean(url))}:{Clean(title)}{Close}";

    /// <summary>Removes token delimiters from untrusted text.</summary>
    public static string StripTokens(string text) =>
        text is null ? string.Empty : text.Replace(Open.ToString(), string.Empty, StringComparison.Ordinal).Replace(Close.ToString(), string.Empty, StringComparison.Ordinal);

    /// <summary>Renders text with each platform's token forms; plain text between tokens goes through <paramref name="escape"/>.</summary>
    /// <param name="text">Text with tokens.</param>
    /// <param name="escape">Escapes plain text between tokens.</param>
    /// <param name="timestamp">A timestamp from its unix seconds and fallback text.</param>
    /// <param name="user">A user from id and display name.</param>
    /// <param name="channel">A channel from id and name.</param>
    /// <param name="link">A link from url and title, both as given (the platform escapes them).</param>
    public static string Render(string text, Func<string, string> escape, Func<long, string, string> timestamp, Func<string, string, string> user, Func<string, string, string> channel, Func<string, string, string> link)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(escape);
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(link);
        var output = new StringBuilder(text.Length);
        var last = 0;
        foreach (Match match in TokenPattern().Matches(text))
        {
            output.Append(escape(text[last..match.Index]));
            var kind = match.Groups["kind"].Value;
            var first = match.Groups["a"].Value;
            var second = match.Groups["b"].Value;
            output.Append(kind switch
            {
                "t" => timestamp(long.Parse(first, CultureInfo.InvariantCulture), second),
                "u" => user(first, second),
                "l" => link(Uri.UnescapeDataString(first), second),
                _ => channel(first, second),
            });
            last = match.Index + match.Length;
        }

        output.Append(escape(text[last..]));
        return output.ToString();
    }

    /// <summary>Plain rendering: timestamps as their fallback, users as @name, channels as #name, links as "title (url)".</summary>
    public static string ToPlain(string text) => Render(text, s => s, (_, fallback) => fallback, (_, name) => "@" + name, (_, name) => "#" + name, (url, title) => $"{title} ({url})");

    // Ids never contain colons on any platform; the last segment may, since the pattern takes the rest.
    private static string Clean(string value) => StripTokens(value);

    [GeneratedRegex("\uE000(?<kind>[tucl]):(?<a>[^:\uE001]*):(?<b>[^\uE001]*)\uE001")]
    private static partial Regex TokenPattern();
}
