using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Meetings;

/// <summary>
/// Reads a meeting start as people type it, in the group's zone: <c>19:00</c>, <c>18.30</c>, <c>19h</c>,
/// <c>18h30</c>, <c>7pm</c>, <c>7.30pm</c>, <c>noon</c>, <c>midnight</c>, <c>tue 18:30</c>, <c>next tue 7pm</c>,
/// <c>tomorrow 9am</c>, <c>tomorrow morning</c>, <c>tonight</c>, <c>2026-12-01 18:00</c>, <c>dec 1 18:00</c>,
/// <c>20.03.2027 19:00</c>, <c>3/20 7pm</c>, <c>in 2h</c>, <c>in 3 days</c>, and any of these followed by a
/// zone (<c>7pm EST</c>, <c>19:00 CET</c>, <c>18:00 UTC+2</c>), which is converted to the group's zone.
/// A bare time means today if still ahead, else tomorrow; a weekday means its next date (today if the
/// time is still ahead; <c>next</c> skips today); a date without a year means its next date; midnight
/// after a day means the end of that day. Past times are not refused here: the caller decides, with
/// <see cref="IsPast"/>.
/// </summary>
public static class StartTimeParser
{
    /// <summary>Examples shown when input cannot be read.</summary>
    public const string Examples = "`19:00`, `7pm`, `tue 18:30`, `tomorrow 9am` or `2026-12-01 18:00`";

    /// <summary>The time assumed when only a day is typed where a day is enough (<c>until:"fri"</c>): its very end.</summary>
    private static readonly LocalTime EndOfDay = new(23, 59);

    /// <summary>Reads <paramref name="text"/> relative to <paramref name="now"/> (which carries the group's zone).</summary>
    public static Result<LocalDateTime> Parse(string text, ZonedDateTime now)
    {
        var read = Read(text, now);
        return read.IsSuccess ? read.Value!.Local : read.Error;
    }

    /// <summary>Like <see cref="Parse"/>, and says in which zone the time was typed when one was named.</summary>
    public static Result<TypedStart> Read(string text, ZonedDateTime now) => Read(text, now, dayIsEnough: false);

    /// <summary>
    /// Reads a day in any form a start takes (<c>2027-06-30</c>, <c>30.06.2027</c>, <c>jun 30</c>,
    /// <c>next fri</c>, <c>in 3 weeks</c>, <c>fri 18:00 EST</c>); a time may be left out. For <c>until</c>.
    /// </summary>
    public static Result<LocalDate> ReadDay(string text, ZonedDateTime now)
    {
        var read = Read(text, now, dayIsEnough: true);
        return read.IsSuccess ? read.Value!.Local.Date : read.Error;
    }

    /// <summary>True when <paramref name="local"/>, resolved in now's zone, is not after <paramref name="now"/>.</summary>
    public static bool IsPast(LocalDateTime local, ZonedDateTime now) => !IsAhead(local, now);

    /// <summary>True when <paramref name="local"/>, resolved in now's zone, is after <paramref name="now"/>.</summary>
    internal static bool IsAhead(LocalDateTime local, ZonedDateTime now) =>
        Occurrences.Resolve(local, now.Zone) > now.ToInstant();

    private static Result<TypedStart> Read(string text, ZonedDateTime now, bool dayIsEnough)
    {
        var words = StartTimeWords.Split(text ?? string.Empty);
        if (words.Count == 0)
        {
            return Result<TypedStart>.Fail($"Give a start time, such as {Examples}.");
        }

        if (OwnZoneName(words, now, dayIsEnough) is { } own)
        {
            return own;
        }

        if (ZoneSuffix.Find(words) is not { } suffix)
        {
            var local = Local(words, now, dayIsEnough);
            return local.IsSuccess ? new TypedStart(local.Value, null) : local.Error;
        }

        if (!suffix.Zone.IsSuccess)
        {
            return suffix.Zone.Error;
        }

        // "tomorrow 7pm EST" is tomorrow as New York counts days, then converted to the group's clock.
        var zone = suffix.Zone.Value!.Zone;
        var there = Local(words.Take(words.Count - suffix.Words).ToList(), now.ToInstant().InZone(zone), dayIsEnough);
        if (!there.IsSuccess)
        {
            return there.Error;
        }

        var instant = Occurrences.Resolve(there.Value, zone);
        return new TypedStart(instant.InZone(now.Zone).LocalDateTime, instant.InZone(zone));
    }

    /// <summary>
    /// Reads a start that ends with the group zone's own abbreviation at that time ("Tue 16 Mar 2027
    /// 19:00 CET" in Berlin, "... IST" in Kolkata, "... +1030" at Lord Howe), as replies write times, so
    /// every time StudyBot shows can be typed back. Null when the last word is not such a name.
    /// </summary>
    private static TypedStart? OwnZoneName(List<string> words, ZonedDateTime now, bool dayIsEnough)
    {
        if (words.Count < 2)
        {
            return null;
        }

        var local = Local(words.Take(words.Count - 1).ToList(), now, dayIsEnough);
        if (!local.IsSuccess)
        {
            return null;
        }

        var mapping = now.Zone.MapLocal(local.Value);
        var named = string.Equals(mapping.EarlyInterval.Name, words[^1], StringComparison.OrdinalIgnoreCase)
            || string.Equals(mapping.LateInterval.Name, words[^1], StringComparison.OrdinalIgnoreCase);
        return named ? new TypedStart(local.Value, null) : null;
    }

    private static Result<LocalDateTime> Local(List<string> words, ZonedDateTime now, bool dayIsEnough)
    {
        if (words[0] == "in")
        {
            return RelativeStart.Parse(string.Join(' ', words.Skip(1)), now);
        }

        var parts = StartParts.Read(words, now);
        if (!parts.IsSuccess)
        {
            return parts.Error;
        }

        var (time, dateFor, dateWord) = parts.Value!;
        if (time is not { } at)
        {
            if (!dayIsEnough || dateFor is null)
            {
                return Result<LocalDateTime>.Fail($"Add a time to `{dateWord}`, such as `{dateWord} 19:00` or `{dateWord} 7pm`.");
            }

            var day = dateFor(EndOfDay);
            return day.IsSuccess ? day.Value + EndOfDay : day.Error;
        }

        if (dateFor is null)
        {
            var today = now.Date;
            return (IsAhead(today + at, now) ? today : today.PlusDays(1)) + at;
        }

        var date = dateFor(at);
        return date.IsSuccess ? date.Value + at : date.Error;
    }
}
