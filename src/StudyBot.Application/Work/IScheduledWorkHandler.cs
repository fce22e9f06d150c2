using NodaTime;
using StudyBot.Core.Work;

namespace StudyBot.Application.Work;

/// <summary>
/// Does one kind of scheduled work when it falls due. The engine hands over the due items of the kind in
/// due order, inside the transaction that deletes them, in a DI scope of their own: whatever the handler
/// stores (outbox messages, more planned work) commits together with their removal, or not at all.
/// Register with <c>services.AddScheduledWork&lt;THandler&gt;()</c>.
/// </summary>
public interface IScheduledWorkHandler
{
    /// <summary>The kind this handler does, such as <c>meeting.reminder</c>; stored with every item.</summary>
    static abstract string Kind { get; }

    /// <summary>
    /// Does the work of <paramref name="due"/> (already removed from the store). Throwing rolls the whole
    /// batch back; the engine then retries each item alone and gives up on the one that keeps failing.
    /// </summary>
    Task HandleAsync(IReadOnlyList<ScheduledWork> due, Instant now, CancellationToken cancellationToken);
}
