using NodaTime;

namespace StudyBot.Core.Work;

/// <summary>
/// One piece of work StudyBot must do at a given instant: send a meeting reminder, plan a series further,
/// prompt a check-in, close a poll. Every scheduled feature stores its work here; a handler per
/// <see cref="Kind"/> does it when it falls due, in the same transaction that removes the row, so work is
/// done once or not at all. The unique <see cref="Key"/> keeps the same work from being planned twice.
/// </summary>
public sealed class ScheduledWork
{
    /// <summary>Creates pending work.</summary>
    public ScheduledWork(string kind, Instant dueAt, WorkOwner owner, string key, string payload, Instant createdAt)
        : this(kind, dueAt, (owner ?? throw new ArgumentNullException(nameof(owner))).Type, owner.Id, key, payload, createdAt)
    {
    }

    // For the store, which binds columns to parameters by name.
    private ScheduledWork(string kind, Instant dueAt, string ownerType, long ownerId, string key, string payload, Instant createdAt)
    {
        Kind = kind;
        DueAt = dueAt;
        OwnerType = ownerType;
        OwnerId = ownerId;
        Key = key;
        Payload = payload;
        CreatedAt = createdAt;
    }

    /// <summary>Store key; among work due at the same instant, the order it is done in.</summary>
    public long Id { get; private set; }

    /// <summary>Which handler does it, e.g. <c>meeting.reminder</c>.</summary>
    public string Kind { get; private set; }

    /// <summary>When it falls due.</summary>
    public Instant DueAt { get; private set; }

    /// <summary>What it belongs to (<c>series</c>, <c>group</c>, <c>member</c>, <c>poll</c>...), so replanning can find it.</summary>
    public string OwnerType { get; private set; }

    /// <summary>The owner's store key.</summary>
    public long OwnerId { get; private set; }

    /// <summary>Unique: the same work is never planned twice.</summary>
    public string Key { get; private set; }

    /// <summary>What the handler needs beyond the owner, as JSON (see the kind's payload record).</summary>
    public string Payload { get; private set; }

    /// <summary>When it was planned.</summary>
    public Instant CreatedAt { get; private set; }

    /// <summary>Pending, or given up after failing.</summary>
    public ScheduledWorkStatus Status { get; private set; }

    /// <summary>Failed attempts so far.</summary>
    public int Attempts { get; private set; }

    /// <summary>Why the last attempt failed.</summary>
    public string? LastError { get; private set; }

    /// <summary>The owner as one value.</summary>
    public WorkOwner Owner => new(OwnerType, OwnerId);

    /// <summary>
    /// The same work now falls due at another time (a person's zone changed, so their 17:00 moved): it keeps its key,
    /// so it still comes once.
    /// </summary>
    public void Reschedule(Instant dueAt, string payload)
    {
        DueAt = dueAt;
        Payload = payload;
    }

    /// <summary>An attempt failed: try again at <paramref name="retryAt"/>, or give up when <paramref name="giveUp"/>.</summary>
    public void Failed(Instant retryAt, string error, bool giveUp)
    {
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        if (giveUp)
        {
            Status = ScheduledWorkStatus.Failed;
        }
        else
        {
            DueAt = retryAt;
        }
    }
}
