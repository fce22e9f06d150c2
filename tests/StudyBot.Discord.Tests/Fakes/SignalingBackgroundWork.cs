using StudyBot.Application;

namespace StudyBot.Discord.Tests.Fakes;

/// <summary>Tells the test when a unit of work queued outbox messages, in place of waking a dispatcher.</summary>
public sealed class SignalingBackgroundWork(TestSignals signals) : IBackgroundWork
{
    public void WorkPlanned()
    {
    }

    public void OutboxChanged() => signals.OutboxChanged.Writer.TryWrite(true);
}
