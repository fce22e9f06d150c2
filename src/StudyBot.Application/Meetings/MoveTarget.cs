using System.Globalization;
using NodaTime;
using StudyBot.Application.Text;
using StudyBot.Core.Meetings;
using StudyBot.Core.Results;

namespace StudyBot.Application.Meetings;

/// <summary>
/// Reads where <c>/meeting move</c> takes an occurrence. A bare weekday is that day in the occurrence's own
/// week ("move Tuesday's meeting to thu" is two days later, whatever today is); other forms read as a start
/// does. Moving to the time it already has, or onto a day the series already meets, is refused: one meeting
/// per series per day is what lets every command name an occurrence by its day.
/// </summary>
public static class MoveTarget
{
    /// <summary>The new local start (with the time as typed when it named another zone), or why it cannot be.</summary>
    public static Result<TypedStart> Read(string to, MeetingSeries series, PlannedOccurrence occurrence, ZonedDateTime now)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(occurrence);
        var parsed = StartTimeParser.Read(to, now);
        if (!parsed.IsSuccess)
        {
            return parsed.Error;
        }

        // A time typed in another zone is converted as a whole; only a time in the group's own is put in the week.
        var target = parsed.Value!.AsTyped is null && InOccurrenceWeek(to, occurrence.Local.Date) is { } day ? day + parsed.Value.Local.TimeOfDay : parsed.Value.Local;
        var zone = now.Zone;
        if (StartTimeParser.IsPast(target, now))
        {
            return new UserError($"{LocalTimeText.Format(Occurrences.Resolve(target, zone), zone)} is in the past. Move the meeting to a time still ahead.");
        }

        if (target == occurrence.Local)
        {
            return new UserError($"{series.Title} is already at {LocalTimeText.Format(occurrence.Start, zone)}. Give another time, e.g. `to:\"{Day(target.Date.PlusDays(1))} {target.TimeOfDay:HH:mm}\"`.");
        }

        return parsed.Value with { Local = target };
    }

    /// <summary>
    /// Refuses a move onto a day when <paramref name="sameDay"/>, the series' meeting on the target day (with its
    /// change), is another meeting that still takes place.
    /// </summary>
    public static UserError? Clash(MeetingSeries series, PlannedOccurrence occurrence, LocalDate target, (PlannedOccurrence? Occurrence, OccurrenceChange? Change) sameDay, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(occurrence);
        var (other, change) = sameDay;
        var takesPlace = other is not null && other.Local.Date == target && other.Original != occurrence.Original
            && change is not { Kind: OccurrenceChangeKind.Skipped or OccurrenceChangeKind.Cancelled };
        return takesPlace
            ? new UserError($"{series.Title} already meets on {Day(target)} ({LocalTimeText.Format(other!.Start, zone)}). Skip one of the two with `/meeting skip`, or move this one to another day.")
            : null;
    }

    // Only a weekday alone (with a time) is read in the occurrence's week; "tomorrow", dates and "next tue" are not.
    private static LocalDate? InOccurrenceWeek(string to, LocalDate occurrenceDate)
    {
        var words = to.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var weekdays = words.Select(Weekdays.Parse).Where(d => d is not null).ToList();
        if (weekdays.Count != 1 || words.Length > 2)
        {
            return null;
        }

        var monday = occurrenceDate.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        return monday.PlusDays((int)weekdays[0]!.Value - 1);
    }

    private static string Day(LocalDate date) => date.ToString("ddd d MMM uuuu", CultureInfo.InvariantCulture);
}
