using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Persistence;

namespace StudyBot.Application.Meetings;

/// <summary>
/// The live meeting card in a group's channel: posted for a series' next meeting, edited in place (a Discord message
/// edit, Slack's chat.update) at every RSVP and change of that meeting, and closed once it began, when the next
/// meeting's card is posted as a new message. A new message rather than another edit, because platforms do not
/// notify anyone of edits: a card edited far up the channel would go unseen, while the old card stays as the record
/// of who said they would come. Everything is queued in the caller's unit of work.
/// </summary>
public sealed class MeetingCards(StudyBotDbContext db, SeriesOccurrences occurrences, Outbox outbox, AfterCommit afterCommit, IBackgroundWork signals)
{
    /// <summary>The outbox key of an occurrence's card; its edits name it as the message they update.</summary>
    public static string PostKey(long seriesId, LocalDateTime original) =>
        string.Create(CultureInfo.InvariantCulture, $"meeting:{seriesId}:card:{MeetingText.Key(original)}");

    /// <summary>Posts the card of the series' next meeting, unless it was posted already.</summary>
    public async Task PostNextAsync(MeetingSeries series, Group group, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var next = await NextAsync(series, group, now, cancellationToken).ConfigureAwait(false);
        if (next.Count > 0)
        {
            await QueueAsync(series, group, next[0].Original, now, edit: false, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Updates the card of the occurrence whose slot is <paramref name="original"/>, if it has one.</summary>
    public async Task RefreshAsync(MeetingSeries series, Group group, LocalDateTime original, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (await outbox.HasAsync(PostKey(series.Id, original), cancellationToken).ConfigureAwait(false))
        {
            await QueueAsync(series, group, original, now, edit: true, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// After the occurrence <paramref name="changed"/> was skipped, cancelled, moved or began (or, with null, after the
    /// series changed): its card shows that, and the series' next meeting has a card, posted now if it had none.
    /// </summary>
    public async Task ChangedAsync(MeetingSeries series, Group group, LocalDateTime? changed, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(group);
        if (changed is { } original)
        {
            await RefreshAsync(series, group, original, now, cancellationToken).ConfigureAwait(false);
        }

        var next = await NextAsync(series, group, now, cancellationToken).ConfigureAwait(false);
        if (next.Count > 0 && next[0].Original != changed)
        {
            var posted = await outbox.HasAsync(PostKey(series.Id, next[0].Original), cancellationToken).ConfigureAwait(false);
            await QueueAsync(series, group, next[0].Original, now, edit: posted, cancellationToken).ConfigureAwait(false);
        }
    }

    // The next meeting not yet begun: at the advance, the meeting starting this instant has its card closed, not posted.
    private Task<IReadOnlyList<PlannedOccurrence>> NextAsync(MeetingSeries series, Group group, Instant now, CancellationToken cancellationToken) =>
        occurrences.UpcomingAsync(series, group.Zone(), now + Duration.Epsilon, 1, cancellationToken);

    private async Task QueueAsync(MeetingSeries series, Group group, LocalDateTime original, Instant now, bool edit, CancellationToken cancellationToken)
    {
        var changes = await occurrences.ChangesAsync(series, cancellationToken).ConfigureAwait(false);
        var rsvps = await db.Rsvps.Where(r => r.SeriesId == series.Id && r.Occurrence == original).ToListAsync(cancellationToken).ConfigureAwait(false);
        var content = MeetingCard.For(series, group, original, changes.Find(c => c.OriginalStart == original), rsvps, now);
        var workspace = await db.Workspaces.FindAsync([group.WorkspaceId], cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Group {group.Id} names workspace {group.WorkspaceId}, which is not stored.");
        var post = PostKey(series.Id, original);

        // Each edit needs a key of its own; numbering them keeps every answer's update distinct, and the dispatcher
        // sends only the newest of those waiting.
        var revision = edit ? await outbox.CountEditsAsync(post, cancellationToken).ConfigureAwait(false) + 1 : 0;
        var message = edit
            ? MeetingMessages.ToGroup(workspace, group, content, string.Create(CultureInfo.InvariantCulture, $"{post}:rev:{revision}")) with { EditsKey = post }
            : MeetingMessages.ToGroup(workspace, group, content, post);
        if (await outbox.EnqueueAsync(message, now, null, cancellationToken).ConfigureAwait(false))
        {
            afterCommit.AddOnce(signals.OutboxChanged);
        }
    }
}
