using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Routing;

/// <summary>
/// Strips rich-text token delimiters from user input at the router, the one door all input passes,
/// so a handler can never echo user text that forges a mention or timestamp.
/// </summary>
internal static class UntrustedText
{
    public static IReadOnlyDictionary<string, object> Clean(IReadOnlyDictionary<string, object> options) =>
        options.ToDictionary(p => p.Key, p => p.Value is string s ? RichText.StripTokens(s).Trim() : p.Value, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyDictionary<string, string> Clean(IReadOnlyDictionary<string, string> values) =>
        values.ToDictionary(p => p.Key, p => RichText.StripTokens(p.Value).Trim(), StringComparer.Ordinal);
}
