using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using StudyBot.Commands.Meetings;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Scheduling.Reminders;

/// <summary>
/// Turns due planned reminders into outbox messages and plans each series' next occurrence, in one
/// transaction per batch, so a crash either did all of a batch or none of it.
/// A reminder found due after its meeting began (the bot was down) is dropped and logged; when
/// several reminders of one occurrence are due at once, only the latest (nearest the start) is sent.
/// </summary>
public sealed partial class ReminderProcessor(IServiceScopeFactory scopes, TimeProvider time, ILogger<ReminderProcessor> logger)
{
    private const int BatchSize = 500;

    /// <summary>Processes everything due now; returns how many reminders were queued for sending.</summary>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        var queued = 0;
        while (true)
        {
            var (read, sent) = await ProcessBatchAsync(cancellationToken).ConfigureAwait(false);
            queued += sent;
            if (read == 0)
            {
                return queued;
            }
        }
    }

    /// <summary>The next instant a planned reminder falls due, or null.</summary>
    public async Task<Instant?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StudyBotDbContext>();
        return await db.PlannedReminders.OrderBy(r => r.DueAt).Select(r => (Instant?)r.DueAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<(int Read, int Sent)> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<StudyBotDbContext>();
        var planner = services.GetRequiredService<MeetingPlanner>();
        var now = Instant.FromDateTimeOffset(time.GetUtcNow());

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var due = await db.PlannedReminders.Where(r => r.DueAt <= now)
            .OrderBy(r => r.DueAt).ThenBy(r => r.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (due.Count == 0)
        {
            return (0, 0);
        }

        // Three queries for the whole batch rather than three per reminder: bursts stay fast.
        var seriesIds = due.Select(r => r.SeriesId).Distinct().ToList();
        var series = await db.MeetingSeries.Where(s => seriesIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken).ConfigureAwait(false);
        var groupIds = series.Values.Select(s => s.GroupId).Distinct().ToList();
        var groups = await db.Groups.Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, cancellationToken).ConfigureAwait(false);
        var workspaceIds = groups.Values.Select(g => g.WorkspaceId).Distinct().ToList();
        var workspaces = await db.Workspaces.Where(w => workspaceIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, cancellationToken).ConfigureAwait(false);
        db.PlannedReminders.RemoveRange(due);

        var messages = new List<(OutboundMessage, Instant?)>();
        var advances = new List<MeetingSeries>();
        foreach (var occurrence in due.GroupBy(r => (r.SeriesId, r.Occurrence)))
        {
            if (!series.TryGetValue(occurrence.Key.SeriesId, out var meeting) || !groups.TryGetValue(meeting.GroupId, out var group))
            {
                continue;
            }

            var reminder = occurrence.Where(r => r.Kind == PlannedReminderKind.Reminder).MinBy(r => r.OffsetMinutes);
            if (reminder is not null && now >= reminder.OccurrenceStart)
            {
                LogDroppedLate(logger, meeting.Id, reminder.OffsetMinutes, reminder.OccurrenceStart);
            }
            else if (reminder is not null)
            {
                var content = MeetingMessages.Reminder(meeting, group, reminder.Occurrence, reminder.OccurrenceStart, Duration.FromMinutes(reminder.OffsetMinutes));
                var key = $"reminder:{meeting.Id}:{MeetingText.Key(reminder.Occurrence)}:{reminder.OffsetMinutes}";
                messages.Add((MeetingMessages.ToGroup(workspaces[group.WorkspaceId], group, content, key), reminder.OccurrenceStart));
                foreach (var superseded in occurrence.Where(r => r.Kind == PlannedReminderKind.Reminder && r != reminder))
                {
                    LogSuperseded(logger, meeting.Id, superseded.OffsetMinutes, reminder.OffsetMinutes);
                }
            }

            if (occurrence.Any(r => r.Kind == PlannedReminderKind.Advance))
            {
                advances.Add(meeting);
            }
        }

        var sent = await services.GetRequiredService<Outbox>().EnqueueManyAsync(messages, now, cancellationToken).ConfigureAwait(false);
        foreach (var meeting in advances)
        {
            await planner.ReplanAsync(meeting, MeetingPlanner.ZoneOf(groups[meeting.GroupId]), now, includeOverdue: true, cancellationToken).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (due.Count, sent);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped the {Offset}-minute reminder of series {SeriesId}: its meeting began at {Start} while StudyBot was down")]
    private static partial void LogDroppedLate(ILogger logger, long seriesId, int offset, Instant start);

    [LoggerMessage(Level = LogLevel.Information, Message = "Series {SeriesId}: the {Offset}-minute reminder fell due late together with the {Sent}-minute one; only the latter is sent")]
    private static partial void LogSuperseded(ILogger logger, long seriesId, int offset, int sent);
}
