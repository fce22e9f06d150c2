using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Meetings;

/// <summary>Reads a time of day alone (<c>19:30</c>, <c>7pm</c>, <c>noon</c>), as a meeting's new time.</summary>
public static class TimeOfDayParser
{
    /// <summary>The time <paramref name="text"/> names, or what was not understood with examples.</summary>
    public static Result<LocalTime> Parse(string text)
    {
        var words = StartTimeWords.Split(text ?? string.Empty);
        var parsed = words.Count == 1 ? TimeOfDayText.TryParse(words[0]) : null;
        return parsed ?? Result<LocalTime>.Fail($"`{(text ?? string.Empty).Trim()}` is not a time of day. Give one like `19:30`, `7pm` or `noon`.");
    }
}
