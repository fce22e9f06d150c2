using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;
using StudyBot.Application.Groups;
using StudyBot.Application.Roles;
using StudyBot.Application.Work;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Core.Work;
using StudyBot.Persistence;

namespace StudyBot.Application.Meetings;

/// <summary>
/// <c>meeting.reminder</c>: posts a meeting's reminder in the group's channel, mentioning who said Going or Maybe, and
/// sends it by DM to the members who chose that (<see cref="ReminderAudience"/>). A reminder found due after
/// its meeting began (StudyBot was down) is dropped and logged; when several reminders of one meeting
/// are due at once, only the latest (nearest the start) is sent, saying how far off the start really is.
/// </summary>
public sealed partial class MeetingReminderWork(StudyBotDbContext db, GroupFinder groupFinder, RoleRotations rotations, Outbox outbox, AfterCommit afterCommit, IBackgroundWork signals, ILogger<MeetingReminderWork> logger) : IScheduledWorkHandler
{
    // A reminder later than this after its due time says how far off the meeting really is.
    private static readonly Duration Late = Duration.FromMinutes(1);

    /// <inheritdoc />
    public static string Kind => "meeting.reminder";

    /// <summary>The work for one planned reminder. Its key names the start too, so a moved meeting is reminded again.</summary>
    public static PlannedWork Plan(long seriesId, PlannedReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var occurrence = reminder.Occurrence;
        var key = string.Create(CultureInfo.InvariantCulture, $"{Kind}:{seriesId}:{MeetingText.Key(occurrence.Original)}:{(long)reminder.Offset.TotalMinutes}:{occurrence.Start.ToUnixTimeSeconds()}");
        return new PlannedWork(Kind, key, reminder.DueAt, WorkPayload.Serialize(MeetingWorkPayload.For(occurrence, reminder.Offset)));
    }

    /// <inheritdoc />
    public async Task HandleAsync(IReadOnlyList<ScheduledWork> due, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        var reminders = due.Select(w => new Due(w, WorkPayload.Deserialize<MeetingWorkPayload>(w.Payload), InThisRun: true)).ToList();
        var seriesIds = reminders.Select(r => r.Work.OwnerId).Distinct().ToList();
        reminders.AddRange(await OverdueSiblingsAsync(seriesIds, now, cancellationToken).ConfigureAwait(false));

        // A few queries for the whole batch rather than a few per reminder: bursts stay fast.
        var series = await db.MeetingSeries.Where(s => seriesIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken).ConfigureAwait(false);
        var groupIds = series.Values.Select(s => s.GroupId).Distinct().ToList();
        var groups = await db.Groups.Include(g => g.Members).Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, cancellationToken).ConfigureAwait(false);
        var workspaceIds = groups.Values.Select(g => g.WorkspaceId).Distinct().ToList();
        var workspaces = await db.Workspaces.Where(w => workspaceIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, cancellationToken).ConfigureAwait(false);
        var originals = reminders.Select(r => r.Payload.OriginalStart).Distinct().ToList();
        var answers = (await db.Rsvps.Where(r => seriesIds.Contains(r.SeriesId) && originals.Contains(r.Occurrence)).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(r => (r.SeriesId, r.Occurrence));
        var withRoles = await db.MeetingRoles.Where(r => groupIds.Contains(r.GroupId)).Select(r => r.GroupId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);

        var messages = new List<(OutboundMessage, Instant?)>();
        foreach (var meeting in reminders.GroupBy(r => (r.Work.OwnerId, r.Payload.Occurrence, r.Payload.Start)))
        {
            var latest = meeting.MinBy(r => r.Payload.OffsetMinutes)!;
            if (!latest.InThisRun || !series.TryGetValue(meeting.Key.OwnerId, out var found) || !groups.TryGetValue(found.GroupId, out var group))
            {
                continue; // a later reminder of this meeting is due too and is sent in its own run, or the series is gone
            }

            foreach (var superseded in meeting.Where(r => r != latest))
            {
                db.ScheduledWork.Remove(superseded.Work);
                LogSuperseded(logger, found.Id, superseded.Payload.OffsetMinutes, latest.Payload.OffsetMinutes);
            }

            var start = latest.Payload.StartInstant;
            if (now >= start)
            {
                LogDroppedLate(logger, found.Id, latest.Payload.OffsetMinutes, start);
                continue;
            }

            var startsIn = now - latest.Work.DueAt > Late ? Duration.FromMinutes(Math.Max(1, (long)(start - now).TotalMinutes)) : latest.Payload.Offset;
            var roles = withRoles.Contains(group.Id) ? await RolesAsync(found, group.Id, latest.Payload, now, cancellationToken).ConfigureAwait(false) : null;
            var content = MeetingMessages.Reminder(found, group, latest.Payload.OriginalStart, start, startsIn, roles);
            var workspace = workspaces[group.WorkspaceId];
            var audience = ReminderAudience.Of(group, answers[(found.Id, latest.Payload.OriginalStart)].ToList());
            messages.Add((MeetingMessages.ToGroup(workspace, group, audience.MentionIn(content), latest.Work.Key), start));
            messages.AddRange(audience.Direct.Select(m => (MeetingMessages.ToMember(workspace, m.UserId, MeetingMessages.Direct(content), $"{latest.Work.Key}:dm:{m.UserId}"), (Instant?)start)));
        }

        if (await outbox.EnqueueManyAsync(messages, now, cancellationToken).ConfigureAwait(false) > 0)
        {
            afterCommit.AddOnce(signals.OutboxChanged);
        }
    }

    // The reminder shows who does what. The rotation is fixed with the first reminder; whichever of the two runs
    // first fixes it, so a reminder never shows a rotation that is announced differently.
    private async Task<IReadOnlyList<string>?> RolesAsync(MeetingSeries series, long groupId, MeetingWorkPayload payload, Instant now, CancellationToken cancellationToken)
    {
        var group = await groupFinder.FindAsync(groupId, cancellationToken).ConfigureAwait(false);
        var occurrence = new PlannedOccurrence(payload.OriginalStart, payload.StartInstant.InZone(group!.Zone()).LocalDateTime, payload.StartInstant, Moved: false);
        var roles = await rotations.FixAsync(group, series, occurrence, now, cancellationToken).ConfigureAwait(false);
        return roles is null ? null : RoleMessages.Lines(roles, RoleMessages.Names(group));
    }

    // Reminders of the same meetings already due but left for a later batch (after downtime, many are due at once).
    private async Task<List<Due>> OverdueSiblingsAsync(List<long> seriesIds, Instant now, CancellationToken cancellationToken)
    {
        var pending = await db.ScheduledWork
            .Where(w => w.Kind == Kind && w.Status == ScheduledWorkStatus.Pending && w.OwnerType == WorkOwner.SeriesType && seriesIds.Contains(w.OwnerId) && w.DueAt <= now)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return pending.Where(w => db.Entry(w).State != EntityState.Deleted)
            .Select(w => new Due(w, WorkPayload.Deserialize<MeetingWorkPayload>(w.Payload), InThisRun: false))
            .ToList();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped the {Offset}-minute reminder of series {SeriesId}: its meeting began at {Start} while StudyBot was down")]
    private static partial void LogDroppedLate(ILogger logger, long seriesId, int offset, Instant start);

    [LoggerMessage(Level = LogLevel.Information, Message = "Series {SeriesId}: the {Offset}-minute reminder fell due late together with the {Sent}-minute one; only the latter is sent")]
    private static partial void LogSuperseded(ILogger logger, long seriesId, int offset, int sent);

    private sealed record Due(ScheduledWork Work, MeetingWorkPayload Payload, bool InThisRun);
}
