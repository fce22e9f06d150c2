using System.Globalization;
using System.Text;
using StudyBot.Core.Messaging;

namespace StudyBot.Discord.Rendering;

/// <summary>Renders neutral text with Discord's token forms and limits.</summary>
internal static class DiscordText
{
    public const int MaxContent = 2000;
    public const int MaxEmbedDescription = 4096;

    public static string Render(string text) => RichText.Render(
        text ?? string.Empty,
        Escape,
        Timestamp,
        (id, name) => IsSnowflake(id) ? $"<@{id}>" : "@" + Escape(name),
        (id, name) => IsSnowflake(id) ? $"<#{id}>" : "#" + Escape(name),
        Link);

    /// <summary>
    /// A masked link, <c>[title](&lt;url&gt;)</c>: the angle brackets keep Discord from adding a preview of every
    /// link in a list. The title's brackets are escaped so it cannot end the link early, and characters that would
    /// end the url (angle brackets, parentheses, spaces) are percent-encoded.
    /// </summary>
    public static string Link(string url, string title)
    {
        var text = new StringBuilder(title.Length + 8);
        foreach (var c in Escape(string.IsNullOrWhiteSpace(title) ? url : title))
        {
            text.Append(c is '\\' or '[' or ']' or '(' or ')' ? "\\" + c : c.ToString());
        }

        return $"[{text}](<{UrlSafe(url)}>)";
    }

    /// <summary>
    /// The group-zone text as StudyBot understood the time, then Discord's timestamp, which every reader
    /// sees in their own zone (the same shape as the Slack adapter's).
    /// </summary>
    public static string Timestamp(long unixSeconds, string fallback) =>
        string.Create(CultureInfo.InvariantCulture, $"{Escape(fallback)} (your time: <t:{unixSeconds}:F>)");

    /// <summary>Cuts text to a limit, marking the cut so nobody mistakes it for the whole.</summary>
    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    public static bool IsSnowflake(string? value) => !string.IsNullOrEmpty(value) && value.Length <= 20 && value.All(char.IsAsciiDigit);

    private static string UrlSafe(string url)
    {
        var safe = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            safe.Append(c is '<' or '>' or '(' or ')' || char.IsWhiteSpace(c) ? Uri.EscapeDataString(c.ToString()) : c.ToString());
        }

        return safe.ToString();
    }

    // allowed_mentions already stops pings; breaking the words as well keeps them inert if the
    // text is ever copied somewhere that ignores allowed_mentions.
    private static string Escape(string text) => text
        .Replace("@everyone", "@\u200Beveryone", StringComparison.Ordinal)
        .Replace("@here", "@\u200Bhere", StringComparison.Ordinal);
}
