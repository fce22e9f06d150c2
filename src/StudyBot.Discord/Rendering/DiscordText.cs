using System.Globalization;
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
        (id, name) => IsSnowflake(id) ? $"<#{id}>" : "#" + Escape(name));

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

    // allowed_mentions already stops pings; breaking the words as well keeps them inert if the
    // text is ever copied somewhere that ignores allowed_mentions.
    private static string Escape(string text) => text
        .Replace("@everyone", "@\u200Beveryone", StringComparison.Ordinal)
        .Replace("@here", "@\u200Bhere", StringComparison.Ordinal);
}
