using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Discord.Tests.Fakes;

/// <summary>Stands in for the poll feature's vote handler: records <c>pollvote:...</c> invocations.</summary>
public sealed class PollVoteRecorder(TestSignals signals) : IComponentHandler
{
    public static string Key => "pollvote";

    public async Task<Reply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken)
    {
        await signals.Components.Writer.WriteAsync(invocation, cancellationToken);
        return Reply.Private("Vote counted.");
    }
}
