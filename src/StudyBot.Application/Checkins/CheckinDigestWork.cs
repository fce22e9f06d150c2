using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;
using StudyBot.Application.Meetings;
using StudyBot.Application.Work;
using StudyBot.Core.Work;
using StudyBot.Persistence;

namespace StudyBot.Application.Checkins;

/// <summary>
/// <c>checkin.digest</c>: at the schedule's weekly slot in the group's zone, the digest of the week just ended
/// goes to the group's channel, with its chart; then the next digest is planned.
/// </summary>
public sealed partial class CheckinDigestWork(StudyBotDbContext db, CheckinReport report, CheckinPlanner planner, CheckinOutbox outbox, ILogger<CheckinDigestWork> logger) : IScheduledWorkHandler
{
    /// <summary>A digest this late (StudyBot was down for a day) is skipped; next week's comes as planned.</summary>
    public static readonly Duration StaleAfter = Duration.FromDays(1);

    /// <inheritdoc />
    public static string Kind => "checkin.digest";

    /// <summary>The digest due at <paramref name="at"/>.</summary>
    public static PlannedWork Plan(long groupId, ZonedDateTime at)
    {
        var end = at.ToInstant();
        return new PlannedWork(Kind, string.Create(CultureInfo.InvariantCulture, $"{Kind}:{groupId}:{end.ToUnixTimeMilliseconds()}"), end, WorkPayload.Serialize(new DigestPayload(end.ToUnixTimeMilliseconds())));
    }

    /// <inheritdoc />
    public async Task HandleAsync(IReadOnlyList<ScheduledWork> due, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        foreach (var item in due)
        {
            var group = await db.Groups.Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == item.OwnerId, cancellationToken).ConfigureAwait(false);
            var schedule = await db.CheckinSchedules.SingleOrDefaultAsync(s => s.GroupId == item.OwnerId, cancellationToken).ConfigureAwait(false);
            if (group is null || schedule is null)
            {
                continue;
            }

            var end = Instant.FromUnixTimeMilliseconds(WorkPayload.Deserialize<DigestPayload>(item.Payload).End);
            if (now - end > StaleAfter)
            {
                LogStale(logger, group.Id, end);
            }
            else
            {
                var workspace = await db.Workspaces.SingleAsync(w => w.Id == group.WorkspaceId, cancellationToken).ConfigureAwait(false);
                var digest = await report.DigestAsync(group, schedule, end, cancellationToken).ConfigureAwait(false);
                outbox.Add(MeetingMessages.ToGroup(workspace, group, digest, item.Key), end + StaleAfter);
            }

            await planner.ReplanAsync(group, now, cancellationToken).ConfigureAwait(false);
        }

        await outbox.SendAsync(now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The digest's payload: the end of the week it covers, in Unix milliseconds.</summary>
    /// <param name="End">The end.</param>
    public sealed record DigestPayload(long End);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped group {GroupId}'s digest due at {End}: it fell due while StudyBot was down")]
    private static partial void LogStale(ILogger logger, long groupId, Instant end);
}
