using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Meetings;

/// <summary>A group's next meetings across all its series, with RSVP counts.</summary>
public sealed class MeetingAgenda(StudyBotDbContext db, MeetingFinder finder, SeriesOccurrences occurrences, TimeProvider time)
{
    /// <summary>Up to <paramref name="take"/> meetings still ahead, in start order.</summary>
    public async Task<IReadOnlyList<UpcomingMeeting>> UpcomingAsync(Group group, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var zone = group.Zone();
        var now = time.Now();
        var series = await finder.ActiveSeriesAsync(group, cancellationToken).ConfigureAwait(false);
        var upcoming = new List<(MeetingSeries Series, PlannedOccurrence Occurrence)>();
        foreach (var one in series)
        {
            var next = await occurrences.UpcomingAsync(one, zone, now, take, cancellationToken).ConfigureAwait(false);
            upcoming.AddRange(next.Select(o => (one, o)));
        }

        var ids = series.Select(s => s.Id).ToList();
        var rsvps = await db.Rsvps.Where(r => ids.Contains(r.SeriesId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return upcoming.OrderBy(u => u.Occurrence.Start).Take(take).Select(u =>
        {
            var answers = rsvps.Where(r => r.SeriesId == u.Series.Id && r.Occurrence == u.Occurrence.Original).ToList();
            return new UpcomingMeeting(u.Series, u.Occurrence, answers.Count(a => a.Status == RsvpStatus.Going), answers.Count(a => a.Status == RsvpStatus.Maybe), answers.Count(a => a.Status == RsvpStatus.Cant));
        }).ToList();
    }
}
