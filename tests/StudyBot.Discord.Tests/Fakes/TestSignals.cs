using System.Threading.Channels;
using StudyBot.Commands.Routing;

namespace StudyBot.Discord.Tests.Fakes;

/// <summary>Per-test state the test handlers share with the test: a gate and what was invoked.</summary>
public sealed class TestSignals
{
    public TaskCompletionSource SlowGate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Channel<ComponentInvocation> Components { get; } = Channel.CreateUnbounded<ComponentInvocation>();

    /// <summary>One item each time a unit of work queued outbox messages (a vote queues an update of its poll's card).</summary>
    public Channel<bool> OutboxChanged { get; } = Channel.CreateUnbounded<bool>();
}
