using System.Globalization;
using NodaTime;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Results;
using StudyBot.Core.Time;

namespace StudyBot.Application.Meetings;

/// <summary>
/// Finds the occurrence a request points at: the series <c>meeting:</c> names (without it, whichever of the
/// group's meetings fits) on the day <c>date:</c> names, or the next or latest meeting when no day is given.
/// </summary>
public sealed class OccurrenceLookup(MeetingFinder finder, SeriesOccurrences occurrences, TimeProvider time)
{
    /// <summary>
    /// The series and its occurrence on <paramref name="date"/>, or what was wrong with either. With
    /// <paramref name="past"/>, a bare weekday means the latest one (for attendance), not the next.
    /// </summary>
    public async Task<Result<OccurrenceOnDate>> OnDateAsync(Group group, string? meeting, string date, CancellationToken cancellationToken, bool past = false)
    {
        ArgumentNullException.ThrowIfNull(group);
        var zone = group.Zone();
        var now = time.Now();
        var day = past ? OccurrenceDates.ParsePast(date, now.InZone(zone)) : OccurrenceDates.Parse(date, now.InZone(zone));
        if (!day.IsSuccess)
        {
            return day.Error;
        }

        var heads = meeting is null ? await finder.NamedSeriesAsync(group, cancellationToken).ConfigureAwait(false) : [];
        if (heads.Count > 1)
        {
            return await AnyOnDateAsync(group, heads, day.Value, now, cancellationToken).ConfigureAwait(false);
        }

        var found = await finder.FindAsync(group, meeting, cancellationToken).ConfigureAwait(false);
        return found.IsSuccess ? await OnDateAsync(found.Value!, zone, day.Value, now, cancellationToken).ConfigureAwait(false) : found.Error;
    }

    /// <summary>The next meeting of the series <paramref name="meeting"/> names, or without it, of any of the group's.</summary>
    public async Task<Result<(MeetingSeries Series, PlannedOccurrence Occurrence)>> NextAsync(Group group, string? meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var candidates = await CandidatesAsync(group, meeting, cancellationToken).ConfigureAwait(false);
        if (!candidates.IsSuccess)
        {
            return candidates.Error;
        }

        var (zone, now) = (group.Zone(), time.Now());
        (MeetingSeries Series, PlannedOccurrence Occurrence)? next = null;
        foreach (var series in candidates.Value!)
        {
            var first = await occurrences.UpcomingAsync(series, zone, now, 1, cancellationToken).ConfigureAwait(false);
            if (first.Count == 1 && (next is null || first[0].Start < next.Value.Occurrence.Start))
            {
                next = (series, first[0]);
            }
        }

        return next is { } found
            ? found
            : new UserError(meeting is null ? $"{group.Name} has no meeting ahead." : $"{candidates.Value![0].Title} has no meeting ahead.");
    }

    /// <summary>The latest meeting that has started, of the series <paramref name="meeting"/> names or of any of the group's.</summary>
    public async Task<Result<OccurrenceOnDate>> LatestStartedAsync(Group group, string? meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var candidates = await CandidatesAsync(group, meeting, cancellationToken).ConfigureAwait(false);
        if (!candidates.IsSuccess)
        {
            return candidates.Error;
        }

        var (zone, now) = (group.Zone(), time.Now());
        OccurrenceOnDate? latest = null;
        foreach (var series in candidates.Value!)
        {
            var started = await occurrences.LatestStartedAsync(series, zone, now, cancellationToken).ConfigureAwait(false);
            if (started is not null && (latest is null || started.Start > latest.Occurrence!.Start))
            {
                latest = new OccurrenceOnDate(series, started.Local.Date, started, null, zone, now);
            }
        }

        return latest is null
            ? new UserError($"{(meeting is null ? group.Name : candidates.Value![0].Title)} has not met yet. Give the day with `date:`, e.g. `date:yesterday`.")
            : latest;
    }

    private async Task<OccurrenceOnDate> OnDateAsync(MeetingSeries named, DateTimeZone zone, LocalDate day, Instant now, CancellationToken cancellationToken)
    {
        var series = await finder.HolderOnAsync(named, day, cancellationToken).ConfigureAwait(false);
        var (occurrence, change) = await occurrences.OnDateAsync(series, zone, day, cancellationToken).ConfigureAwait(false);
        return new OccurrenceOnDate(series, day, occurrence, change, zone, now);
    }

    // Without `meeting:` a day usually singles out one of a group's meetings; when it does not, ask which.
    private async Task<Result<OccurrenceOnDate>> AnyOnDateAsync(Group group, List<MeetingSeries> heads, LocalDate day, Instant now, CancellationToken cancellationToken)
    {
        var onDay = new List<OccurrenceOnDate>();
        foreach (var head in heads)
        {
            var found = await OnDateAsync(head, group.Zone(), day, now, cancellationToken).ConfigureAwait(false);
            if (found.Occurrence is not null || found.Change is not null)
            {
                onDay.Add(found);
            }
        }

        var when = day.ToString("ddd d MMM uuuu", CultureInfo.InvariantCulture);
        return onDay.Count switch
        {
            1 => onDay[0],
            0 => new UserError($"None of {group.Name}'s meetings is on {when}. `/meeting list` shows the next ones."),
            _ => new UserError($"{group.Name} has several meetings on {when}; name one with `meeting:`, e.g. {string.Join(" or ", onDay.Select(o => $"`meeting:#{o.Series.Id}`"))}."),
        };
    }

    private async Task<Result<List<MeetingSeries>>> CandidatesAsync(Group group, string? meeting, CancellationToken cancellationToken)
    {
        if (meeting is null)
        {
            var active = await finder.ActiveSeriesAsync(group, cancellationToken).ConfigureAwait(false);
            return active.Count == 0 ? Result<List<MeetingSeries>>.Fail($"{group.Name} has no scheduled meetings. Organizers add one with `/meeting schedule`.") : active;
        }

        var found = await finder.FindAsync(group, meeting, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        // The earlier parts of an edited series hold its meetings before the edit.
        return (List<MeetingSeries>)[found.Value!, .. await finder.EarlierPartsAsync(found.Value!, cancellationToken).ConfigureAwait(false)];
    }
}
