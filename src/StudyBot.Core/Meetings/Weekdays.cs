using NodaTime;

namespace StudyBot.Core.Meetings;

/// <summary>Names of weekdays as people type and read them, and as RFC 5545 writes them.</summary>
public static class Weekdays
{
    /// <summary>Monday to Sunday, in ISO order.</summary>
    public static IReadOnlyList<IsoDayOfWeek> All { get; } =
    [
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
        IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    ];

    /// <summary>Monday to Friday.</summary>
    public static IReadOnlyList<IsoDayOfWeek> WorkDays { get; } = All.Take(5).ToArray();

    private static readonly string[] ShortNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    private static readonly string[] LongNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    private static readonly string[] RuleCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <summary>"Tue": the capitalized three-letter name used in replies.</summary>
    public static string ShortName(IsoDayOfWeek day) =>
        string.Concat(ShortNames[Index(day)][..1].ToUpperInvariant(), ShortNames[Index(day)].AsSpan(1));

    /// <summary>"TU": the two-letter RFC 5545 code.</summary>
    public static string RuleCode(IsoDayOfWeek day) => RuleCodes[Index(day)];

    /// <summary>Reads an RFC 5545 code such as <c>TU</c>.</summary>
    public static IsoDayOfWeek? FromRuleCode(string code)
    {
        var index = Array.FindIndex(RuleCodes, c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : All[index];
    }

    /// <summary>
    /// Reads a weekday as typed: <c>tue</c>, <c>tues</c>, <c>tuesday</c> or <c>tuesdays</c>, any case.
    /// </summary>
    public static IsoDayOfWeek? Parse(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var text = word.Trim().ToLowerInvariant();
        if (text.Length > 3 && text.EndsWith('s') && LongNames.Contains(text[..^1]))
        {
            text = text[..^1];
        }

        for (var i = 0; i < 7; i++)
        {
            // Any prefix of the long name of three letters or more ("tue", "tues", "thurs"), and "weds".
            if (text.Length >= 3 && (LongNames[i].StartsWith(text, StringComparison.Ordinal) || text == ShortNames[i] + "s"))
            {
                return All[i];
            }
        }

        return null;
    }

    /// <summary>The short name closest to a mistyped weekday, or null when nothing is close.</summary>
    public static string? Suggest(string word)
    {
        var closest = Typos.Closest(word, ShortNames.Concat(LongNames));
        return closest is null ? null : ShortNames[Array.IndexOf(LongNames, closest) is var i and >= 0 ? i : Array.IndexOf(ShortNames, closest)];
    }

    /// <summary>Every name this class reads, for suggestions by other parsers.</summary>
    internal static IEnumerable<string> Names => ShortNames.Concat(LongNames);

    private static int Index(IsoDayOfWeek day) => day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday
        ? (int)day - 1
        : throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week.");
}
