namespace StudyBot.Core.Resources;

/// <summary>
/// Finds resources by words: every word must appear (in any case) in the title, the note, a tag or the link.
/// Resources with more of the words in their title come first, then more in their tags, then the newest.
/// </summary>
public static class ResourceSearch
{
    /// <summary>The words of a query: split on spaces and commas, a leading <c>#</c> dropped, each once.</summary>
    public static IReadOnlyList<string> Words(string? query) =>
        (query ?? string.Empty).Split([' ', ',', '\t', '\n', '\r', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.TrimStart('#'))
            .Where(w => w.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>The resources that hold every word, best first.</summary>
    public static IReadOnlyList<Resource> Rank(IEnumerable<Resource> resources, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(words);
        return resources
            .Where(r => words.All(w => Holds(r.Title, w) || Holds(r.Note, w) || Holds(r.TagText, w) || Holds(r.Url, w)))
            .OrderByDescending(r => words.Count(w => Holds(r.Title, w)))
            .ThenByDescending(r => words.Count(w => Holds(r.TagText, w)))
            .ThenByDescending(r => r.Id)
            .ToList();
    }

    private static bool Holds(string? text, string word) => text is not null && text.Contains(word, StringComparison.OrdinalIgnoreCase);
}
