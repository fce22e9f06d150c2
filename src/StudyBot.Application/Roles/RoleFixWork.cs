using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;
using StudyBot.Application.Groups;
using StudyBot.Application.Meetings;
using StudyBot.Application.Work;
using StudyBot.Core.Meetings;
using StudyBot.Core.Work;
using StudyBot.Persistence;

namespace StudyBot.Application.Roles;

/// <summary>
/// <c>role.fix</c>: at the lead time before a meeting (with its first reminder; a day before when it has
/// none) the rotation is fixed and announced. A fix found due after its meeting began is dropped.
/// </summary>
public sealed partial class RoleFixWork(StudyBotDbContext db, GroupFinder groups, RoleRotations rotations, ILogger<RoleFixWork> logger) : IScheduledWorkHandler
{
    /// <summary>The lead time for a series without reminders.</summary>
    public static readonly Duration DefaultLead = Duration.FromDays(1);

    /// <inheritdoc />
    public static string Kind => "role.fix";

    /// <summary>The lead time of a series: its longest reminder, so the rotation comes with the first reminder.</summary>
    public static Duration Lead(MeetingSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.Offsets.Count == 0 ? DefaultLead : series.Offsets.Max();
    }

    /// <summary>The fix of <paramref name="occurrence"/>'s rotation.</summary>
    public static PlannedWork Plan(MeetingSeries series, PlannedOccurrence occurrence)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(occurrence);
        var key = string.Create(CultureInfo.InvariantCulture, $"{Kind}:{series.Id}:{MeetingText.Key(occurrence.Original)}:{occurrence.Start.ToUnixTimeSeconds()}");
        return new PlannedWork(Kind, key, occurrence.Start - Lead(series), WorkPayload.Serialize(MeetingWorkPayload.For(occurrence, Lead(series))));
    }

    /// <inheritdoc />
    public async Task HandleAsync(IReadOnlyList<ScheduledWork> due, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        var ids = due.Select(w => w.OwnerId).Distinct().ToList();
        var series = await db.MeetingSeries.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken).ConfigureAwait(false);
        var groupIds = series.Values.Select(s => s.GroupId).Distinct().ToList();

        // Most groups have no roles; they cost this one query.
        var withRoles = await db.MeetingRoles.Where(r => groupIds.Contains(r.GroupId)).Select(r => r.GroupId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var item in due)
        {
            if (!series.TryGetValue(item.OwnerId, out var meeting) || !withRoles.Contains(meeting.GroupId) || meeting.CancelledAt is not null)
            {
                continue;
            }

            var payload = WorkPayload.Deserialize<MeetingWorkPayload>(item.Payload);
            if (now >= payload.StartInstant)
            {
                LogDroppedLate(logger, meeting.Id, payload.StartInstant);
                continue;
            }

            var group = await groups.FindAsync(meeting.GroupId, cancellationToken).ConfigureAwait(false);
            var occurrence = new PlannedOccurrence(payload.OriginalStart, payload.StartInstant.InZone(group!.Zone()).LocalDateTime, payload.StartInstant, Moved: false);
            await rotations.FixAsync(group, meeting, occurrence, now, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Did not fix the roles of series {SeriesId}: its meeting began at {Start} while StudyBot was down")]
    private static partial void LogDroppedLate(ILogger logger, long seriesId, Instant start);
}
