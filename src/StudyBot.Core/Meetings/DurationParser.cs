using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Meetings;

/// <summary>Reads how long a meeting lasts: <c>90m</c>, <c>1h30m</c>, <c>2h</c>, <c>1.5h</c>, <c>2 hours</c>.</summary>
public static class DurationParser
{
    /// <summary>The shortest meeting.</summary>
    public static Duration Min { get; } = Duration.FromMinutes(1);

    /// <summary>The longest meeting.</summary>
    public static Duration Max { get; } = Duration.FromHours(24);

    /// <summary>Reads a meeting length from 1 minute to 24 hours, or says what to type instead.</summary>
    public static Result<Duration> Parse(string text)
    {
        var period = DurationText.Parse(text ?? string.Empty);
        if (!period.IsSuccess)
        {
            return period.Error;
        }

        var duration = period.Value!.ToDuration();
        if (duration < Min)
        {
            return Result<Duration>.Fail("A meeting must last at least 1 minute, such as `45m` or `1h30m`.");
        }

        return duration > Max
            ? Result<Duration>.Fail($"A meeting can last at most 24 hours; `{text!.Trim()}` is longer.")
            : duration;
    }

    /// <summary>Writes a duration the way the parser reads it: <c>1h30m</c>, <c>45m</c>, <c>2d</c>.</summary>
    public static string Format(Duration duration)
    {
        var minutes = (long)duration.TotalMinutes;
        var days = minutes / (24 * 60);
        var hours = minutes / 60 % 24;
        var rest = minutes % 60;
        var text = (days > 0 ? $"{days}d" : string.Empty)
            + (hours > 0 ? $"{hours}h" : string.Empty)
            + (rest > 0 ? $"{rest}m" : string.Empty);
        return text.Length == 0 ? "0m" : text;
    }
}
