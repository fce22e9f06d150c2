using NodaTime;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Application.Meetings;

/// <summary>
/// After a meeting changed: replan its work and tell the group in its home channel, both in the caller's
/// unit of work, and wake the workers and meeting mirrors once it commits.
/// </summary>
public sealed class MeetingAnnouncements(StudyBotDbContext db, MeetingPlanner planner, MeetingCards cards, Outbox outbox, AfterCommit afterCommit, IBackgroundWork signals, IEnumerable<IMeetingsChangedListener> listeners)
{
    /// <summary>
    /// Replans, queues <paramref name="text"/> to the group under <paramref name="key"/>, and brings the meeting cards up to
    /// date: the card of <paramref name="occurrence"/> (the occurrence changed, or null for the whole series) and the next one.
    /// </summary>
    public async Task ChangedAsync(MeetingSeries series, Group group, LocalDateTime? occurrence, Instant now, string text, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(group);
        await planner.ReplanAsync(series, group.Zone(), now, cancellationToken).ConfigureAwait(false);
        var workspace = await db.Workspaces.FindAsync([group.WorkspaceId], cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Group {group.Id} has no workspace.");
        await outbox.EnqueueAsync(MeetingMessages.ToGroup(workspace, group, Reply.Public(text), key), now, null, cancellationToken).ConfigureAwait(false);
        await cards.ChangedAsync(series, group, occurrence, now, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        afterCommit.AddOnce(signals.OutboxChanged);
        afterCommit.AddMeetingsChanged(listeners);
    }
}
