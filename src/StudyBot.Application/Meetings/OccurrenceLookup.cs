using StudyBot.Core.Groups;
using StudyBot.Core.Results;
using StudyBot.Core.Time;

namespace StudyBot.Application.Meetings;

/// <summary>Finds the series a request names (<c>meeting:</c>) and its occurrence on the day it names (<c>date:</c>).</summary>
public sealed class OccurrenceLookup(MeetingFinder finder, SeriesOccurrences occurrences, TimeProvider time)
{
    /// <summary>The series and its occurrence on <paramref name="date"/>, or what was wrong with either.</summary>
    public async Task<Result<OccurrenceOnDate>> OnDateAsync(Group group, string? meeting, string date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var found = await finder.FindAsync(group, meeting, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var zone = group.Zone();
        var now = time.Now();
        var day = OccurrenceDates.Parse(date, now.InZone(zone));
        if (!day.IsSuccess)
        {
            return day.Error;
        }

        var series = await finder.HolderOnAsync(found.Value!, day.Value, cancellationToken).ConfigureAwait(false);

        var (occurrence, change) = await occurrences.OnDateAsync(series, zone, day.Value, cancellationToken).ConfigureAwait(false);
        return new OccurrenceOnDate(series, day.Value, occurrence, change, zone, now);
    }
}
