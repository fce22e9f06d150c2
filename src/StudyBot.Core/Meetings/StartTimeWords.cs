using System.Text.RegularExpressions;

namespace StudyBot.Core.Meetings;

/// <summary>Splits a typed start time into the words <see cref="StartTimeParser"/> reads.</summary>
internal static partial class StartTimeWords
{
    private static readonly string[] Fillers = ["at", "on"];

    /// <summary>
    /// Lower-cased words without fillers, with "7 pm" joined to "7pm", "2026-12-01T18:00" split in two,
    /// a month name joined with its day number ("dec 1", "1 dec") into one "dec 1" word, "next tue" kept
    /// as one word, and "this" dropped before a weekday or a part of the day ("this fri", "this evening").
    /// </summary>
    internal static List<string> Split(string text)
    {
        var normalized = text.ToLowerInvariant().Replace("a.m.", "am", StringComparison.Ordinal)
            .Replace("p.m.", "pm", StringComparison.Ordinal).Replace(',', ' ');
        var words = new List<string>();
        foreach (var raw in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsoDateTime().Match(raw) is { Success: true } iso)
            {
                words.Add(iso.Groups["date"].Value);
                words.Add(iso.Groups["time"].Value);
            }
            else if (raw is "am" or "pm" && words.Count > 0 && ClockNumber().IsMatch(words[^1]))
            {
                words[^1] += raw;
            }
            else if (words.Count > 0 && words[^1] == "next" && Weekdays.Parse(raw) is not null)
            {
                words[^1] += " " + raw;
            }
            else if (words.Count > 0 && words[^1] == "this" && (Weekdays.Parse(raw) is not null || DayPart.Find(raw) is not null))
            {
                words[^1] = raw;
            }
            else if (!Fillers.Contains(raw))
            {
                words.Add(raw);
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (DateText.Month(words[i]) is null)
            {
                continue;
            }

            var dayIndex = i + 1 < words.Count && DateText.DayOfMonth(words[i + 1]) is not null ? i + 1
                : i > 0 && DateText.DayOfMonth(words[i - 1]) is not null ? i - 1
                : -1;
            if (dayIndex >= 0)
            {
                words[i] = $"{words[i]} {words[dayIndex]}";
                words.RemoveAt(dayIndex);
                i = Math.Min(i, dayIndex);

                // "16 mar 2027", as replies write dates, keeps its year.
                if (i + 1 < words.Count && Year().IsMatch(words[i + 1]))
                {
                    words[i] = $"{words[i]} {words[i + 1]}";
                    words.RemoveAt(i + 1);
                }
            }
        }

        return words;
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{1,2}-\d{1,2})t(?<time>\d{1,2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();

    [GeneratedRegex(@"^\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"^\d{1,2}(?:[:.]\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockNumber();
}
