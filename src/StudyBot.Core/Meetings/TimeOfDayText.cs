using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Meetings;

/// <summary>
/// Reads one time-of-day word: <c>19:00</c>, <c>18.30</c>, <c>19h</c>, <c>18h30</c>, <c>7pm</c>, <c>7:30pm</c>,
/// <c>7.30pm</c>, <c>noon</c>, <c>midnight</c>.
/// </summary>
internal static partial class TimeOfDayText
{
    /// <summary>
    /// Null when <paramref name="word"/> does not look like a time at all (so it may be something
    /// else); a failed result when it looks like one but is not valid.
    /// </summary>
    internal static Result<LocalTime>? TryParse(string word)
    {
        if (word is "noon" or "midday" or "midnight")
        {
            return word == "midnight" ? LocalTime.Midnight : LocalTime.Noon;
        }

        var clock = Clock24().Match(word);
        if (clock.Success)
        {
            var hour = Number(clock, "h");
            var minute = clock.Groups["m"].Success ? Number(clock, "m") : 0;
            if (hour > 23)
            {
                return Result<LocalTime>.Fail($"`{word}` is not a time: hours run from 00 to 23.");
            }

            return minute > 59 ? NoSuchMinute(word) : new LocalTime(hour, minute);
        }

        var meridiem = Clock12().Match(word);
        if (!meridiem.Success)
        {
            return null;
        }

        var h12 = Number(meridiem, "h");
        var m12 = meridiem.Groups["m"].Success ? Number(meridiem, "m") : 0;
        if (h12 is < 1 or > 12)
        {
            return h12 is >= 13 and <= 23
                ? Result<LocalTime>.Fail($"`{word}` is not a time: type `{h12 - 12}pm` or `{h12}:{m12:00}`.")
                : Result<LocalTime>.Fail($"`{word}` is not a time: with am or pm the hour runs from 1 to 12.");
        }

        if (m12 > 59)
        {
            return NoSuchMinute(word);
        }

        var pm = meridiem.Groups["ampm"].Value == "pm";
        return new LocalTime((h12 % 12) + (pm ? 12 : 0), m12);
    }

    /// <summary>
    /// True for <c>20.03</c>-like words, which read as a time alone but as a date (20 March) next to
    /// another time, as in <c>20.03 19:00</c>.
    /// </summary>
    internal static bool IsDotted(string word) => word.Contains('.', StringComparison.Ordinal) && Clock24().IsMatch(word);

    /// <summary>True when the word says am or pm itself, so a day part ("tonight") must not move it.</summary>
    internal static bool HasMeridiem(string word) => Clock12().IsMatch(word);

    /// <summary>Explains why a bare number such as <c>7</c> is not accepted as a time.</summary>
    internal static UserError BareNumber(string word)
    {
        var hour = int.Parse(word, CultureInfo.InvariantCulture);
        return hour switch
        {
            >= 1 and <= 12 => new UserError(
                $"`{word}` could be morning or evening: type `{hour}pm` or `{hour + (hour == 12 ? 0 : 12)}:00` (or `{hour}am`)."),
            0 or (>= 13 and <= 23) => new UserError($"Type `{hour:00}:00` for a time, not just `{word}`."),
            _ => new UserError($"`{word}` is not a time; type a time such as `19:00` or `7pm`."),
        };
    }

    private static Result<LocalTime> NoSuchMinute(string word) =>
        Result<LocalTime>.Fail($"`{word}` is not a time: minutes run from 00 to 59.");

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    // 19:00, 18.30 and the French-style 19h and 18h30.
    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.](?<m>\d{2})|h(?<m>\d{2})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Clock24();

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?(?<ampm>am|pm)$", RegexOptions.CultureInvariant)]
    private static partial Regex Clock12();
}
