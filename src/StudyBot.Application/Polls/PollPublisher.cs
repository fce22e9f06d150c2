using System.Globalization;
using StudyBot.Application.Meetings;
using StudyBot.Core.Groups;
using StudyBot.Core.Polls;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Polls;

/// <summary>
/// Posts a poll's card in the group's channel through the outbox, updates that same message as votes come in
/// (a Discord message edit, Slack's chat.update), and announces the result. Everything is queued in the caller's
/// unit of work, so a message exists exactly when the change behind it was stored.
/// </summary>
public sealed class PollPublisher(StudyBotDbContext db, Outbox outbox, AfterCommit afterCommit, IBackgroundWork signals, TimeProvider time)
{
    /// <summary>The outbox key of the poll's card; its updates name it as the message they edit.</summary>
    public static string PostKey(long pollId) => string.Create(CultureInfo.InvariantCulture, $"poll:{pollId}:post");

    /// <summary>The poll whose card an outbox key names, or null for any other key.</summary>
    public static long? PollOfPostKey(string key)
    {
        var parts = (key ?? string.Empty).Split(':');
        return parts is ["poll", var id, "post"] && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var poll) ? poll : null;
    }

    /// <summary>Posts the card of a new poll.</summary>
    public Task PostAsync(Poll poll, Group group, CancellationToken cancellationToken) =>
        QueueAsync(group, PollMessages.Card(poll, group), PostKey(poll.Id), null, cancellationToken);

    /// <summary>Replaces the card's content with the poll as it is now (each revision once).</summary>
    public Task RefreshAsync(Poll poll, Group group, CancellationToken cancellationToken) =>
        QueueAsync(group, PollMessages.Card(poll, group), string.Create(CultureInfo.InvariantCulture, $"poll:{poll.Id}:rev:{poll.Revision}"), PostKey(poll.Id), cancellationToken);

    /// <summary>Announces the result in the group's channel, and closes the card.</summary>
    public async Task AnnounceAsync(Poll poll, Group group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poll);
        await RefreshAsync(poll, group, cancellationToken).ConfigureAwait(false);
        await QueueAsync(group, PollMessages.Closed(poll, group), string.Create(CultureInfo.InvariantCulture, $"poll:{poll.Id}:result:{poll.Revision}"), null, cancellationToken).ConfigureAwait(false);
    }

    private async Task QueueAsync(Group group, Core.Messaging.Reply content, string key, string? edits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        // Find looks in the unit of work first: the card's update and the announcement of one close read it once.
        var workspace = await db.Workspaces.FindAsync([group.WorkspaceId], cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Group {group.Id} names workspace {group.WorkspaceId}, which is not stored.");
        var message = MeetingMessages.ToGroup(workspace, group, content, key) with { EditsKey = edits };
        if (await outbox.EnqueueAsync(message, time.Now(), null, cancellationToken).ConfigureAwait(false))
        {
            afterCommit.AddOnce(signals.OutboxChanged);
        }
    }
}
