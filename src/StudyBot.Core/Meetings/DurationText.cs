using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Meetings;

/// <summary>
/// Reads lengths of time as people type them: <c>90m</c>, <c>1h30m</c>, <c>1.5h</c>, <c>2 hours</c>,
/// <c>3 days</c>, <c>1 week</c>. Shared by the duration, reminder and "in 2h" parsers.
/// </summary>
internal static partial class DurationText
{
    /// <summary>The units people may write, as accepted in error messages.</summary>
    internal const string UnitHint = "Use w, d, h or m, as in `1d`, `2h` or `15m`.";

    // Longer than anything a caller accepts, short enough that no arithmetic overflows.
    private const int MaxMinutes = 366 * 24 * 60;

    private static readonly Dictionary<string, int> UnitMinutes = new(StringComparer.Ordinal)
    {
        ["w"] = 7 * 24 * 60, ["wk"] = 7 * 24 * 60, ["wks"] = 7 * 24 * 60, ["week"] = 7 * 24 * 60, ["weeks"] = 7 * 24 * 60,
        ["d"] = 24 * 60, ["day"] = 24 * 60, ["days"] = 24 * 60,
        ["h"] = 60, ["hr"] = 60, ["hrs"] = 60, ["hour"] = 60, ["hours"] = 60,
        ["m"] = 1, ["min"] = 1, ["mins"] = 1, ["minute"] = 1, ["minutes"] = 1,
    };

    /// <summary>
    /// Reads one length. Whole weeks and days stay calendar days in the period (so "in 3 days" keeps the
    /// wall-clock time); hours, minutes and fractions become minutes.
    /// </summary>
    internal static Result<Period> Parse(string text)
    {
        var trimmed = text.Trim().ToLowerInvariant();
        var matches = Part().Matches(trimmed);
        if (matches.Count == 0 || string.Concat(matches.Select(m => m.Value)).Length != trimmed.Length)
        {
            return ExplainUnreadable(trimmed);
        }

        var builder = new PeriodBuilder();
        foreach (Match match in matches)
        {
            var unit = match.Groups["unit"].Value;
            if (!UnitMinutes.TryGetValue(unit, out var minutesPerUnit))
            {
                return Result<Period>.Fail($"Unknown unit `{unit}` in `{trimmed}`. {UnitHint}");
            }

            var number = decimal.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
            var minutes = number * minutesPerUnit;
            if (minutes > MaxMinutes)
            {
                return Result<Period>.Fail($"`{trimmed}` is too long; nothing in StudyBot is planned more than a year ahead.");
            }

            if (minutes != decimal.Truncate(minutes))
            {
                return Result<Period>.Fail($"`{trimmed}` is not a whole number of minutes; write it as hours and minutes, such as `1h20m`.");
            }

            if (number == decimal.Truncate(number) && minutesPerUnit >= 24 * 60)
            {
                builder.Days += (int)minutes / (24 * 60);
            }
            else
            {
                builder.Minutes += (long)minutes;
            }
        }

        return builder.Build().Normalize();
    }

    private static Result<Period> ExplainUnreadable(string text)
    {
        if (text.Length == 0)
        {
            return Result<Period>.Fail($"Give a length of time, such as `90m` or `1h30m`. {UnitHint}");
        }

        return BareNumber().IsMatch(text)
            ? Result<Period>.Fail($"Add a unit to `{text}`, such as `{text}m` for minutes. {UnitHint}")
            : Result<Period>.Fail($"`{text}` is not a length of time. {UnitHint}");
    }

    // One "number unit" pair, with optional spaces and an optional "and" before it: "1h 30m", "1 hour and 30 minutes".
    [GeneratedRegex(@"\s*(?:and\s+)?(?<number>\d{1,6}(?:\.\d{1,4})?)\s*(?<unit>[a-z]+)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Part();

    [GeneratedRegex(@"^\d+(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();
}
