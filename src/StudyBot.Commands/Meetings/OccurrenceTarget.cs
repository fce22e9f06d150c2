using NodaTime;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Support;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Results;

namespace StudyBot.Commands.Meetings;

/// <summary>The group, series and still-planned occurrence a per-occurrence command names with <c>date:</c>.</summary>
internal static class OccurrenceTarget
{
    public static async Task<Result<(Group Group, MeetingSeries Series, PlannedOccurrence Occurrence, DateTimeZone Zone, Instant Now)>> FindAsync(
        CommandContext context, MeetingFinder finder, MeetingPlanner planner, TimeProvider time, bool organizersOnly, string action, CancellationToken cancellationToken)
    {
        var found = await finder.SeriesAsync(context, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Result<(Group, MeetingSeries, PlannedOccurrence, DateTimeZone, Instant)>.Fail(found.Error);
        }

        var (group, series) = found.Value;
        if (organizersOnly && !Permissions.IsOrganizer(group, context.Invoker))
        {
            return Result<(Group, MeetingSeries, PlannedOccurrence, DateTimeZone, Instant)>.Fail(Permissions.OrganizerOnly(group, action));
        }

        var zone = MeetingPlanner.ZoneOf(group);
        var now = time.Now();
        var date = OccurrenceDates.Parse(context.RequireString("date"), now.InZone(zone));
        if (!date.IsSuccess)
        {
            return Result<(Group, MeetingSeries, PlannedOccurrence, DateTimeZone, Instant)>.Fail(date.Error);
        }

        var (occurrence, change) = await planner.OnDateAsync(series, zone, date.Value, cancellationToken).ConfigureAwait(false);
        if (occurrence is null)
        {
            var next = await planner.UpcomingAsync(series, zone, now, 3, cancellationToken).ConfigureAwait(false);
            return Result<(Group, MeetingSeries, PlannedOccurrence, DateTimeZone, Instant)>.Fail(
                $"{series.Title} does not meet on {date.Value:ddd d MMM uuuu}. Next: {(next.Count == 0 ? "none" : string.Join(", ", next.Select(o => o.Local.Date.ToString("ddd d MMM uuuu", System.Globalization.CultureInfo.InvariantCulture))))}.");
        }

        if (change is { Kind: OccurrenceChangeKind.Skipped or OccurrenceChangeKind.Cancelled })
        {
            return Result<(Group, MeetingSeries, PlannedOccurrence, DateTimeZone, Instant)>.Fail($"{series.Title} on {date.Value:ddd d MMM uuuu} is already {(change.Kind == OccurrenceChangeKind.Skipped ? "skipped" : "cancelled")}.");
        }

        if (occurrence.Start <= now)
        {
            return Result<(Group, MeetingSeries, PlannedOccurrence, DateTimeZone, Instant)>.Fail($"{series.Title} on {date.Value:ddd d MMM uuuu} has already started; it can no longer be changed.");
        }

        return (group, series, occurrence, zone, now);
    }
}
