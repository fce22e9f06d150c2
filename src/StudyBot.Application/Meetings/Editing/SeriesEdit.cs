using System.Globalization;
using NodaTime;
using NodaTime.Text;
using StudyBot.Core.Meetings;
using StudyBot.Core.Results;

namespace StudyBot.Application.Meetings.Editing;

/// <summary>
/// Reads a <see cref="MeetingEditRequest"/> against a series: the day it applies from, the new settings,
/// whether the series must be split there, and what changed in words. Every part is checked before
/// anything is stored.
/// </summary>
public static class SeriesEdit
{
    private static readonly string[] ClearWords = ["none", "-", "clear"];
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>
    /// The series after the edit. <paramref name="next"/> is the date of its next meeting, the default day the
    /// edit applies from (null when none is left).
    /// </summary>
    public static Result<EditedSeries> Read(MeetingSeries series, MeetingEditRequest request, DateTimeZone zone, Instant now, LocalDate? next)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(request);
        var old = series.ToSchedule();
        var from = From(series, request, now.InZone(zone), next);
        if (!from.IsSuccess)
        {
            return from.Error;
        }

        var earlier = Occurrences.From(old, zone, Instant.MinValue).TakeWhile(o => o.Local.Date < from.Value).Count();
        var changesDetails = request.Title is not null || request.Duration is not null || request.Location is not null || request.Agenda is not null || request.Reminders is not null;
        var split = earlier > 0 && (request.ChangesRule || (request.From is not null && changesDetails));

        var details = Details(series, request);
        if (!details.IsSuccess)
        {
            return details.Error;
        }

        var schedule = Schedule(series, old, request, split ? from.Value : old.FirstStart.Date, split ? earlier : 0, now.InZone(zone));
        if (!schedule.IsSuccess)
        {
            return schedule.Error;
        }

        var (title, duration, location, agenda, offsets) = details.Value!;
        if (schedule.Value!.Recurrence.ShortestGap() is { } gap && offsets.Count > 0 && offsets.Max() > gap)
        {
            return new UserError($"A reminder {MeetingText.Offset(offsets.Max())} before cannot work for a meeting that repeats {schedule.Value.Recurrence.Describe()} (as little as {MeetingText.Offset(gap)} apart). Use offsets up to {MeetingText.Offset(gap)}.");
        }

        if (Occurrences.Next(schedule.Value, zone, now) is null)
        {
            return new UserError($"After this change {series.Title} would have no meeting left ahead: check `until`, `days` and `from`.");
        }

        var edit = new EditedSeries(from.Value, split, title, schedule.Value, duration, location, agenda, offsets, split ? earlier : 0, []);
        var changes = Describe(series, old, edit);
        return changes.Count == 0
            ? new UserError($"Nothing to change: {series.Title} already has those settings.")
            : edit with { Changes = changes };
    }

    private static Result<LocalDate> From(MeetingSeries series, MeetingEditRequest request, ZonedDateTime now, LocalDate? next)
    {
        if (request.From is null)
        {
            return next is { } date
                ? date
                : Result<LocalDate>.Fail($"{series.Title} has no meeting left ahead to change. Schedule a new one with `/meeting schedule`.");
        }

        var from = OccurrenceDates.Parse(request.From, now);
        if (!from.IsSuccess)
        {
            return Result<LocalDate>.Fail(from.Error.Message.Replace("`date`", "`from`", StringComparison.Ordinal));
        }

        return from.Value < now.Date
            ? Result<LocalDate>.Fail($"`from` is {from.Value.ToString("ddd d MMM uuuu", CultureInfo.InvariantCulture)}, which has passed: meetings already held keep their settings. Give today or a later day.")
            : from.Value;
    }

    private static Result<(string Title, Duration Duration, string? Location, string? Agenda, IReadOnlyList<Duration> Offsets)> Details(MeetingSeries series, MeetingEditRequest request)
    {
        var title = request.Title?.Trim() ?? series.Title;
        if (title.Length == 0)
        {
            return new UserError("`title` cannot be empty. Give the new name, e.g. `title:\"Weekly sync\"`.");
        }

        var duration = request.Duration is { } durationText ? DurationParser.Parse(durationText) : Duration.FromMinutes(series.DurationMinutes);
        if (!duration.IsSuccess)
        {
            return duration.Error;
        }

        var offsets = request.Reminders is { } reminders ? ReminderOffsetsParser.Parse(reminders) : Result<IReadOnlyList<Duration>>.Ok(series.Offsets);
        if (!offsets.IsSuccess)
        {
            return offsets.Error;
        }

        return (title, duration.Value, Text(request.Location, series.Location), Text(request.Agenda, series.Agenda), offsets.Value!);
    }

    private static Result<MeetingSchedule> Schedule(MeetingSeries series, MeetingSchedule old, MeetingEditRequest request, LocalDate firstDate, int earlier, ZonedDateTime now)
    {
        var time = request.Time is { } timeText ? TimeOfDayParser.Parse(timeText) : old.FirstStart.TimeOfDay;
        if (!time.IsSuccess)
        {
            return time.Error;
        }

        var recurrence = Recurrence(old.Recurrence, request, firstDate);
        if (!recurrence.IsSuccess)
        {
            return recurrence.Error;
        }

        var until = old.Until;
        var count = old.Count is { } total ? total - earlier : (int?)null;
        if (request.Until is { } untilText)
        {
            if (ClearWords.Contains(untilText.Trim().ToLowerInvariant()))
            {
                (until, count) = (null, null);
            }
            else
            {
                var parsed = UntilDate.Read(untilText, now);
                if (!parsed.IsSuccess)
                {
                    return parsed.Error;
                }

                (until, count) = (parsed.Value, null);
            }
        }

        if (count is < 1)
        {
            return new UserError($"{series.Title} has no meeting left from {firstDate.ToString("ddd d MMM uuuu", CultureInfo.InvariantCulture)}: its {old.Count} meetings end before then.");
        }

        return MeetingSchedule.Create(firstDate + time.Value, recurrence.Value!, until, count);
    }

    private static Result<Recurrence> Recurrence(Recurrence old, MeetingEditRequest request, LocalDate firstDate)
    {
        if (request.Days is not null && request.Repeat is not null)
        {
            return Result<Recurrence>.Fail("Give `days` or `repeat`, not both: `days` changes a weekly meeting's weekdays, `repeat` the whole rule.");
        }

        if (request.Repeat is { } repeat)
        {
            return RepeatParser.Parse(repeat, firstDate);
        }

        if (request.Days is not { } days)
        {
            return old;
        }

        var weekly = RepeatParser.Parse("every " + days, firstDate);
        if (!weekly.IsSuccess || weekly.Value!.Kind != RecurrenceKind.Weekly || days.Trim().Contains(' ', StringComparison.Ordinal))
        {
            return Result<Recurrence>.Fail($"`days` takes weekdays such as `wed` or `mon,thu`; got `{days.Trim()}`. For other rules use `repeat:`, e.g. `repeat:\"monthly on 1st tue\"`.");
        }

        return old.Kind == RecurrenceKind.Weekly ? Core.Meetings.Recurrence.Weekly(weekly.Value.Days, old.IntervalWeeks) : weekly.Value;
    }

    private static string? Text(string? typed, string? current) =>
        typed is null ? current : ClearWords.Contains(typed.Trim().ToLowerInvariant()) || typed.Trim().Length == 0 ? null : typed.Trim();

    private static List<string> Describe(MeetingSeries series, MeetingSchedule old, EditedSeries edit)
    {
        var changes = new List<string>();
        Add(changes, "title", series.Title, edit.Title);
        Add(changes, "time", TimePattern.Format(old.FirstStart.TimeOfDay), TimePattern.Format(edit.Schedule.FirstStart.TimeOfDay));
        Add(changes, "repeats", old.Recurrence.Describe(), edit.Schedule.Recurrence.Describe());
        Add(changes, "length", MeetingText.Offset(Duration.FromMinutes(series.DurationMinutes)), MeetingText.Offset(edit.Duration));
        Add(changes, "location", series.Location, edit.Location);
        if (series.Agenda != edit.Agenda)
        {
            changes.Add(edit.Agenda is null ? "agenda removed" : "agenda updated");
        }

        Add(changes, "reminders", MeetingText.Offsets(series.Offsets), MeetingText.Offsets(edit.Offsets));
        Add(changes, "ends", End(old, edit.EarlierCount), End(edit.Schedule, 0));
        return changes;
    }

    private static void Add(List<string> changes, string what, string? before, string? after)
    {
        if (before != after)
        {
            changes.Add(after is null ? $"{what} removed" : $"{what} {before ?? "none"} → {after}");
        }
    }

    // A split series counts only the meetings still to come, so the old count is compared without those before.
    private static string End(MeetingSchedule schedule, int before) => schedule switch
    {
        { Until: { } until } => "after " + until.ToString("ddd d MMM uuuu", CultureInfo.InvariantCulture),
        { Count: { } count } => string.Create(CultureInfo.InvariantCulture, $"after {count - before} more meetings"),
        _ => "never",
    };
}
