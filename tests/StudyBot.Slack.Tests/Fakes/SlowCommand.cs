using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Slack.Tests.Fakes;

/// <summary><c>slow</c>: a command that takes as long as the test wants.</summary>
public sealed class SlowCommand(Gate gate) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("slow", "Waits for the test", "slow", CommandAccess.Anyone, []);

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        await gate.PassAsync(cancellationToken);
        return Reply.Public("Finally done.");
    }
}
