using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Core.Work;
using StudyBot.Persistence;

namespace StudyBot.Application.Work;

/// <summary>
/// Plans scheduled work in the caller's unit of work. Features say declaratively what an owner's pending
/// work of some kinds is now; the planner swaps it in, keeps keys unique, and wakes the scheduler once the
/// caller's transaction commits.
/// </summary>
public sealed class WorkPlanner(StudyBotDbContext db, AfterCommit afterCommit, IBackgroundWork signals)
{
    /// <summary>
    /// Makes <paramref name="work"/> the owner's pending work of the given kinds: pending items of those kinds
    /// not in it are removed. Work that already failed for good keeps its key and is not planned again.
    /// </summary>
    public async Task ReplaceAsync(WorkOwner owner, IReadOnlyCollection<string> kinds, IEnumerable<PlannedWork> work, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(work);
        var existing = await db.ScheduledWork
            .Where(w => w.OwnerType == owner.Type && w.OwnerId == owner.Id && kinds.Contains(w.Kind))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // Work planned earlier in this unit of work and not saved yet counts too.
        existing.AddRange(db.ChangeTracker.Entries<ScheduledWork>()
            .Where(e => e.State == EntityState.Added && e.Entity.Owner == owner && kinds.Contains(e.Entity.Kind))
            .Select(e => e.Entity));
        var wanted = work.DistinctBy(w => w.Key, StringComparer.Ordinal).ToDictionary(w => w.Key, StringComparer.Ordinal);

        // An item whose key is still wanted stays as it is: the key names the work itself, so it is the same work.
        db.ScheduledWork.RemoveRange(existing.Where(w => w.Status == ScheduledWorkStatus.Pending && !wanted.ContainsKey(w.Key)));
        var taken = existing.Select(w => w.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var item in wanted.Values.Where(w => !taken.Contains(w.Key)))
        {
            db.ScheduledWork.Add(new ScheduledWork(item.Kind, item.DueAt, owner, item.Key, item.Payload, now));
        }

        afterCommit.AddOnce(signals.WorkPlanned);
    }

    /// <summary>Plans one item unless its key is taken; returns whether it was planned.</summary>
    public async Task<bool> PlanAsync(WorkOwner owner, PlannedWork work, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(work);
        if (db.ScheduledWork.Local.Any(w => w.Key == work.Key)
            || await db.ScheduledWork.AnyAsync(w => w.Key == work.Key, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        db.ScheduledWork.Add(new ScheduledWork(work.Kind, work.DueAt, owner, work.Key, work.Payload, now));
        afterCommit.AddOnce(signals.WorkPlanned);
        return true;
    }

    /// <summary>Removes the owner's pending work of the given kinds (a cancelled series, a closed poll).</summary>
    public Task ClearAsync(WorkOwner owner, IReadOnlyCollection<string> kinds, Instant now, CancellationToken cancellationToken) =>
        ReplaceAsync(owner, kinds, [], now, cancellationToken);
}
