using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Application.Work;
using StudyBot.Core.Meetings;
using StudyBot.Core.Work;
using StudyBot.Persistence;

namespace StudyBot.Application.Meetings;

/// <summary>
/// <c>meeting.advance</c>: a series' next meeting has started, so plan the series further, close that meeting's card
/// and post the next one's.
/// </summary>
public sealed class MeetingAdvanceWork(StudyBotDbContext db, MeetingPlanner planner, MeetingCards cards, WorkPlanner work) : IScheduledWorkHandler
{
    /// <inheritdoc />
    public static string Kind => "meeting.advance";

    /// <summary>The advance at the start of <paramref name="occurrence"/>.</summary>
    public static PlannedWork Plan(long seriesId, PlannedOccurrence occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var key = string.Create(CultureInfo.InvariantCulture, $"{Kind}:{seriesId}:{MeetingText.Key(occurrence.Original)}:{occurrence.Start.ToUnixTimeSeconds()}");
        return new PlannedWork(Kind, key, occurrence.Start, WorkPayload.Serialize(MeetingWorkPayload.For(occurrence, Duration.Zero)));
    }

    /// <inheritdoc />
    public async Task HandleAsync(IReadOnlyList<ScheduledWork> due, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        var ids = due.Select(w => w.OwnerId).Distinct().ToList();
        var series = await db.MeetingSeries.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken).ConfigureAwait(false);
        var groupIds = series.Values.Select(s => s.GroupId).Distinct().ToList();
        var groups = await db.Groups.Include(g => g.Members).Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, cancellationToken).ConfigureAwait(false);

        // Two queries for the whole batch rather than two per series: when many meetings start at once, it shows.
        var changes = (await db.OccurrenceChanges.Where(c => ids.Contains(c.SeriesId)).ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(c => c.SeriesId);
        await work.LoadAsync(ids.Select(WorkOwner.Series).ToList(), cancellationToken).ConfigureAwait(false);
        foreach (var item in due)
        {
            if (series.TryGetValue(item.OwnerId, out var meeting) && groups.TryGetValue(meeting.GroupId, out var group))
            {
                // The start the advance stood for, not its due time: a retried item's due time has moved on.
                var started = WorkPayload.Deserialize<MeetingWorkPayload>(item.Payload);
                await planner.AdvanceAsync(meeting, group.Zone(), started.StartInstant, now, changes[meeting.Id].ToList(), cancellationToken).ConfigureAwait(false);
                await cards.ChangedAsync(meeting, group, started.OriginalStart, now, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
