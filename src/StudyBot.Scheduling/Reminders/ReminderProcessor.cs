using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using StudyBot.Commands.Meetings;
using StudyBot.Core.Meetings;
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
        var outbox = services.GetRequiredService<Outbox>();
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

        var sent = 0;
        foreach (var forSeries in due.GroupBy(r => r.SeriesId))
        {
            var series = await db.MeetingSeries.FindAsync([forSeries.Key], cancellationToken).ConfigureAwait(false);
            var group = series is null ? null : await db.Groups.FindAsync([series.GroupId], cancellationToken).ConfigureAwait(false);
            var workspace = group is null ? null : await db.Workspaces.FindAsync([group.WorkspaceId], cancellationToken).ConfigureAwait(false);
            db.PlannedReminders.RemoveRange(forSeries);
            if (series is null || group is null || workspace is null)
            {
                continue;
            }

            foreach (var occurrence in forSeries.GroupBy(r => r.Occurrence))
            {
                var reminder = occurrence.Where(r => r.Kind == PlannedReminderKind.Reminder).MinBy(r => r.OffsetMinutes);
                if (reminder is not null && now >= reminder.OccurrenceStart)
                {
                    LogDroppedLate(logger, series.Id, reminder.OffsetMinutes, reminder.OccurrenceStart);
                }
                else if (reminder is not null)
                {
                    var offset = Duration.FromMinutes(reminder.OffsetMinutes);
                    var content = MeetingMessages.Reminder(series, group, reminder.Occurrence, reminder.OccurrenceStart, offset);
                    var key = $"reminder:{series.Id}:{MeetingText.Key(reminder.Occurrence)}:{reminder.OffsetMinutes}";
                    if (await outbox.EnqueueAsync(MeetingMessages.ToGroup(workspace, group, content, key), now, reminder.OccurrenceStart, cancellationToken).ConfigureAwait(false))
                    {
                        sent++;
                    }

                    foreach (var superseded in occurrence.Where(r => r.Kind == PlannedReminderKind.Reminder && r != reminder))
                    {
                        LogSuperseded(logger, series.Id, superseded.OffsetMinutes, reminder.OffsetMinutes);
                    }
                }

                if (occurrence.Any(r => r.Kind == PlannedReminderKind.Advance))
                {
                    await planner.ReplanAsync(series, MeetingPlanner.ZoneOf(group), now, includeOverdue: true, cancellationToken).ConfigureAwait(false);
                }
            }
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
