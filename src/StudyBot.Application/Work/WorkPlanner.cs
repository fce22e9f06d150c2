using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Core.Work;
using StudyBot.Persistence;

namespace StudyBot.Application.Work;

/// <summary>
/// Plans scheduled work in the caller's unit of work. Features say declaratively what an owner's pending
/// work of some kinds is now; the planner swaps it in, keeps keys unique, and wakes the scheduler once the
/// caller's transaction commits. It remembers each owner's rows for the unit of work, so replanning
/// thousands of owners in one batch costs one query each at most (none after <see cref="LoadAsync"/>).
/// </summary>
public sealed class WorkPlanner(StudyBotDbContext db, AfterCommit afterCommit, IBackgroundWork signals)
{
    private readonly Dictionary<WorkOwner, List<ScheduledWork>> _rows = [];

    /// <summary>Reads the work of many owners at once, ahead of replanning each of them.</summary>
    public async Task LoadAsync(IReadOnlyCollection<WorkOwner> owners, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owners);
        foreach (var type in owners.Where(o => !_rows.ContainsKey(o)).GroupBy(o => o.Type))
        {
            var ids = type.Select(o => o.Id).Distinct().ToList();
            var rows = await db.ScheduledWork.Where(w => w.OwnerType == type.Key && ids.Contains(w.OwnerId)).ToListAsync(cancellationToken).ConfigureAwait(false);
            var byOwner = rows.ToLookup(w => w.OwnerId);
            foreach (var id in ids)
            {
                _rows[new WorkOwner(type.Key, id)] = byOwner[id].ToList();
            }
        }
    }

    /// <summary>
    /// Makes <paramref name="work"/> the owner's pending work of the given kinds: pending items of those kinds
    /// not in it are removed, and those in it whose time moved (not yet due) are rescheduled. Work that already failed for good keeps its key and is not planned again.
    /// With <paramref name="keepDue"/>, items already due stay too: a plan made from "now" no longer lists work
    /// that fell due a moment ago, yet the engine has still to do it.
    /// </summary>
    public async Task ReplaceAsync(WorkOwner owner, IReadOnlyCollection<string> kinds, IEnumerable<PlannedWork> work, Instant now, CancellationToken cancellationToken, bool keepDue = false)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(work);
        var rows = await RowsAsync(owner, cancellationToken).ConfigureAwait(false);
        var wanted = work.DistinctBy(w => w.Key, StringComparer.Ordinal).ToDictionary(w => w.Key, StringComparer.Ordinal);

        // An item whose key is still wanted is the same work (the key names it); only its time may have moved, and
        // only while it is not yet due.
        foreach (var row in rows.Where(w => w.Status == ScheduledWorkStatus.Pending && w.DueAt > now && wanted.TryGetValue(w.Key, out var plan) && plan.DueAt != w.DueAt))
        {
            row.Reschedule(wanted[row.Key].DueAt, wanted[row.Key].Payload);
        }

        var dropped = rows.Where(w => w.Status == ScheduledWorkStatus.Pending && kinds.Contains(w.Kind) && !wanted.ContainsKey(w.Key) && !(keepDue && w.DueAt <= now)).ToList();
        db.ScheduledWork.RemoveRange(dropped);
        rows.RemoveAll(dropped.Contains);
        var taken = rows.Select(w => w.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var item in wanted.Values.Where(w => !taken.Contains(w.Key)))
        {
            var added = new ScheduledWork(item.Kind, item.DueAt, owner, item.Key, item.Payload, now);
            db.ScheduledWork.Add(added);
            rows.Add(added);
        }

        afterCommit.AddOnce(signals.WorkPlanned);
    }

    /// <summary>Plans one item unless its key is taken; returns whether it was planned.</summary>
    public async Task<bool> PlanAsync(WorkOwner owner, PlannedWork work, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(work);
        if (_rows.Values.Any(rows => rows.Exists(w => w.Key == work.Key))
            || await db.ScheduledWork.AnyAsync(w => w.Key == work.Key, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var added = new ScheduledWork(work.Kind, work.DueAt, owner, work.Key, work.Payload, now);
        db.ScheduledWork.Add(added);
        (await RowsAsync(owner, cancellationToken).ConfigureAwait(false)).Add(added);
        afterCommit.AddOnce(signals.WorkPlanned);
        return true;
    }

    /// <summary>Removes the owner's pending work of the given kinds (a cancelled series, a closed poll).</summary>
    public Task ClearAsync(WorkOwner owner, IReadOnlyCollection<string> kinds, Instant now, CancellationToken cancellationToken) =>
        ReplaceAsync(owner, kinds, [], now, cancellationToken);

    // The owner's rows as this unit of work sees them; rows another part of it already deleted (the engine
    // removes the items it hands to their handlers) are not the owner's any more.
    private async Task<List<ScheduledWork>> RowsAsync(WorkOwner owner, CancellationToken cancellationToken)
    {
        if (!_rows.TryGetValue(owner, out var rows))
        {
            await LoadAsync([owner], cancellationToken).ConfigureAwait(false);
            rows = _rows[owner];
        }

        rows.RemoveAll(w => db.Entry(w).State is EntityState.Deleted or EntityState.Detached);
        return rows;
    }
}
