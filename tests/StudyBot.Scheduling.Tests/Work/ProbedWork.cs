using NodaTime;
using StudyBot.Application;
using StudyBot.Application.Work;
using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Core.Work;
using StudyBot.Persistence;

namespace StudyBot.Scheduling.Tests.Work;

/// <summary>
/// A kind of work that hands each item's key to an <see cref="IWorkProbe"/> (which a test can make fail) and then
/// posts the key to #general, in the engine's transaction as real work does.
/// </summary>
public sealed class ProbedWork(IWorkProbe probe, Outbox outbox, AfterCommit afterCommit, IBackgroundWork signals) : IScheduledWorkHandler
{
    public static string Kind => "test.probed";

    public async Task HandleAsync(IReadOnlyList<ScheduledWork> due, Instant now, CancellationToken cancellationToken)
    {
        foreach (var item in due)
        {
            probe.Done(item.Key);
            await outbox.EnqueueAsync(new OutboundMessage(Platform.Console, "console", "general", null, Reply.Public(item.Key), item.Key), now, null, cancellationToken);
        }

        afterCommit.AddOnce(signals.OutboxChanged);
    }
}
