using Microsoft.EntityFrameworkCore;
using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Scheduling.Delivery;

/// <summary>
/// For the edits among the entries a round is about to claim: where each one's original landed, and whether a newer
/// edit of the same message is waiting, read with two queries for the whole round.
/// </summary>
internal sealed class EditTargets
{
    private readonly Dictionary<string, Original> _originals;
    private readonly Dictionary<string, long> _newestPending;

    private EditTargets(Dictionary<string, Original> originals, Dictionary<string, long> newestPending)
    {
        _originals = originals;
        _newestPending = newestPending;
    }

    public static async Task<EditTargets> LoadAsync(StudyBotDbContext db, IEnumerable<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        var keys = entries.Select(e => e.EditsKey).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            return new EditTargets([], []);
        }

        var originals = await db.Outbox.AsNoTracking().Where(o => keys.Contains(o.IdempotencyKey))
            .Select(o => new Original(o.IdempotencyKey, o.Platform, o.Status, o.SentChannelId, o.SentMessageId))
            .ToDictionaryAsync(o => o.Key, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var newest = await db.Outbox.Where(o => o.Status == OutboxStatus.Pending && o.EditsKey != null && keys.Contains(o.EditsKey))
            .GroupBy(o => o.EditsKey!).Select(g => new { g.Key, Id = g.Max(o => o.Id) })
            .ToDictionaryAsync(g => g.Key, g => g.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        return new EditTargets(originals, newest);
    }

    /// <summary>What to do with <paramref name="edit"/> now: apply it to a landed message, drop it, or let it wait.</summary>
    public EditDecision Decide(OutboxEntry edit)
    {
        var key = edit.EditsKey ?? throw new ArgumentException("Not an edit.", nameof(edit));

        // A burst of tally updates costs one platform call: only the last one is applied.
        if (_newestPending.TryGetValue(key, out var newest) && newest > edit.Id)
        {
            return EditDecision.Drop("superseded by a newer edit");
        }

        if (!_originals.TryGetValue(key, out var original))
        {
            return EditDecision.Drop("the message it edits was never queued");
        }

        if (original.Platform != edit.Platform)
        {
            return EditDecision.Drop("the message it edits is on another platform");
        }

        return original.Status switch
        {
            OutboxStatus.Sent when original.ChannelId is { } channel && original.MessageId is { } message => EditDecision.Apply(new SentMessage(channel, message)),
            OutboxStatus.Sent => EditDecision.Drop("the message it edits was delivered, but where it landed is unknown"),
            OutboxStatus.Failed => EditDecision.Drop("the message it edits failed to deliver"),
            OutboxStatus.Dropped => EditDecision.Drop("the message it edits was dropped before delivery"),

            // Still on its way (normally an edit queues behind its original; this one names another destination).
            _ => EditDecision.Wait,
        };
    }

    private sealed record Original(string Key, Platform Platform, OutboxStatus Status, string? ChannelId, string? MessageId);
}
