using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Meetings;

/// <summary>
/// Reads how long before a meeting to remind people: <c>2d,1h,10m</c> or <c>1d 15m</c>, or <c>none</c>.
/// Commas separate offsets when present (so <c>1h 30m, 10m</c> is 1h30m and 10m); otherwise spaces do.
/// </summary>
public static class ReminderOffsetsParser
{
    /// <summary>The most reminders a meeting may have.</summary>
    public const int MaxOffsets = 5;

    /// <summary>The furthest ahead a reminder may go.</summary>
    public static Duration MaxOffset { get; } = Duration.FromDays(28);

    /// <summary>The offsets a meeting gets when the organizer names none: 24 hours and 15 minutes before.</summary>
    public static IReadOnlyList<Duration> Default { get; } = [Duration.FromHours(24), Duration.FromMinutes(15)];

    private static readonly string[] NoneWords = ["none", "no", "off"];

    /// <summary>
    /// Reads 1 to 5 distinct offsets, each more than 0 and at most 28 days, sorted longest first;
    /// <c>none</c> gives an empty list. Otherwise says what to type instead.
    /// </summary>
    public static Result<IReadOnlyList<Duration>> Parse(string text)
    {
        var trimmed = (text ?? string.Empty).Trim().ToLowerInvariant();
        if (NoneWords.Contains(trimmed))
        {
            return Result<IReadOnlyList<Duration>>.Ok([]);
        }

        if (trimmed.Length == 0)
        {
            return Result<IReadOnlyList<Duration>>.Fail("Give reminder times before the meeting, such as `1d,15m`, or `none`.");
        }

        var pieces = Split(trimmed);
        if (pieces.Count > MaxOffsets)
        {
            return Result<IReadOnlyList<Duration>>.Fail($"Give at most {MaxOffsets} reminders; you gave {pieces.Count}.");
        }

        var offsets = new List<Duration>();
        foreach (var piece in pieces)
        {
            var parsed = DurationText.Parse(piece);
            if (!parsed.IsSuccess)
            {
                return parsed.Error;
            }

            var offset = parsed.Value!.ToDuration();
            if (offset <= Duration.Zero)
            {
                return Result<IReadOnlyList<Duration>>.Fail($"`{piece}` is no time before the meeting; give at least `1m`.");
            }

            if (offset > MaxOffset)
            {
                return Result<IReadOnlyList<Duration>>.Fail($"Reminders can be at most 28 days before the meeting; `{piece}` is too far ahead.");
            }

            if (offsets.Contains(offset))
            {
                return Result<IReadOnlyList<Duration>>.Fail($"`{piece}` is given twice; list each reminder once.");
            }

            offsets.Add(offset);
        }

        return offsets.OrderDescending().ToArray();
    }

    private static List<string> Split(string text)
    {
        if (text.Contains(',', StringComparison.Ordinal))
        {
            return text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        }

        // Without commas each "number unit" is its own offset, and "2 days" keeps its space.
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pieces = new List<string>();
        foreach (var word in words)
        {
            var unitOnly = word.All(char.IsLetter) && word != "and";
            if (unitOnly && pieces.Count > 0 && pieces[^1].All(c => char.IsDigit(c) || c == '.'))
            {
                pieces[^1] += word;
            }
            else if (word != "and")
            {
                pieces.Add(word);
            }
        }

        return pieces;
    }
}
