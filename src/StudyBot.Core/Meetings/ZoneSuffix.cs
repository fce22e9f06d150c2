using StudyBot.Core.Results;
using StudyBot.Core.Time;

namespace StudyBot.Core.Meetings;

/// <summary>
/// Finds a zone typed after a time: <c>7pm EST</c>, <c>19:00 CET</c>, <c>18:00 UTC+2</c>,
/// <c>9am America/New_York</c>, <c>9am new york</c>.
/// </summary>
internal static class ZoneSuffix
{
    // "rio de janeiro" is the longest city name worth reading as a suffix.
    private const int MaxWords = 3;

    /// <summary>
    /// Null when the last words name no zone; otherwise the zone (or why it is ambiguous) and how many
    /// words it took. At least one word is always left for the time.
    /// </summary>
    internal static (Result<TimeZoneChoice> Zone, int Words)? Find(IReadOnlyList<string> words)
    {
        for (var count = Math.Min(MaxWords, words.Count - 1); count >= 1; count--)
        {
            var text = string.Join(' ', words.Skip(words.Count - count));
            if (TimeZones.TryResolve(text) is { } zone)
            {
                return (zone, count);
            }
        }

        return null;
    }
}
