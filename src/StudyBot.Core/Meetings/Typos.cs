using StudyBot.Core.Text;

namespace StudyBot.Core.Meetings;

/// <summary>"Did you mean" for the short words of times and repeats.</summary>
internal static class Typos
{
    /// <summary>
    /// Like <see cref="Suggestions.Closest"/>, but strict with short words: two edits turn almost any
    /// three-letter word into a weekday ("foo" into "mon"), which would be a confusing suggestion.
    /// </summary>
    internal static string? Closest(string word, IEnumerable<string> candidates)
    {
        var closest = Suggestions.Closest(word, candidates);
        return closest is not null && Suggestions.Distance(word.ToUpperInvariant(), closest.ToUpperInvariant()) <= Math.Max(1, word.Length / 3)
            ? closest
            : null;
    }
}
