using StudyBot.Core.Results;

namespace StudyBot.Core.Resources;

/// <summary>
/// Tags as members type them (<c>tags:"sicp, lisp"</c>): separated by commas or spaces, a leading <c>#</c> allowed,
/// stored in lower case without repeats, each letters, digits and dashes.
/// </summary>
public static class ResourceTags
{
    private const string Example = "`tags:\"sicp, lisp\"`";

    /// <summary>The tags, in the order typed; none for blank text.</summary>
    public static Result<IReadOnlyList<string>> Parse(string? text)
    {
        var tags = Split(text).Distinct(StringComparer.Ordinal).ToList();
        foreach (var tag in tags)
        {
            if (tag.Length > ResourceLimits.TagMaxLength)
            {
                return Result<IReadOnlyList<string>>.Fail($"Tags can be at most {ResourceLimits.TagMaxLength} characters; `{tag}` has {tag.Length}. Use a shorter word, such as {Example}.");
            }

            if (tag.Where(c => !IsTagCharacter(c)).Select(c => (char?)c).FirstOrDefault() is { } bad)
            {
                return Result<IReadOnlyList<string>>.Fail($"Tags are letters, digits and dashes only; `{tag}` has `{bad}`. Write each tag as one word, such as {Example} or `tags:\"data-structures\"`.");
            }
        }

        if (tags.Count > ResourceLimits.MaxTags)
        {
            return Result<IReadOnlyList<string>>.Fail($"A resource can have at most {ResourceLimits.MaxTags} tags; you gave {tags.Count} ({string.Join(", ", tags)}). Keep the ones that help most, such as {Example}.");
        }

        return tags;
    }

    /// <summary>One tag as a filter: trimmed, without a leading <c>#</c>, in lower case.</summary>
    public static string Normalize(string tag) => (tag ?? string.Empty).Trim().TrimStart('#').ToLowerInvariant();

    /// <summary>Whether a character may be part of a tag.</summary>
    public static bool IsTagCharacter(char c) => char.IsLetterOrDigit(c) || c == '-';

    private static IEnumerable<string> Split(string? text) =>
        (text ?? string.Empty).Split([',', ' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Normalize)
            .Where(t => t.Length > 0);
}
