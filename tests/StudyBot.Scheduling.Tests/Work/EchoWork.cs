using NodaTime;
using StudyBot.Application;
using StudyBot.Application.Work;
using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Core.Work;
using StudyBot.Persistence;

namespace StudyBot.Scheduling.Tests.Work;

/// <summary>A throwaway kind of scheduled work: it posts its payload's text to #general. One class, one registration.</summary>
public sealed class EchoWork(Outbox outbox, AfterCommit afterCommit, IBackgroundWork signals) : IScheduledWorkHandler
{
    public static string Kind => "test.echo";

    public async Task HandleAsync(IReadOnlyList<ScheduledWork> due, Instant now, CancellationToken cancellationToken)
    {
        foreach (var item in due)
        {
            var text = WorkPayload.Deserialize<EchoPayload>(item.Payload).Text;
            await outbox.EnqueueAsync(new OutboundMessage(Platform.Console, "console", "general", null, Reply.Public(text), item.Key), now, null, cancellationToken);
        }

        afterCommit.AddOnce(signals.OutboxChanged);
    }
}

public sealed record EchoPayload(string Text);
