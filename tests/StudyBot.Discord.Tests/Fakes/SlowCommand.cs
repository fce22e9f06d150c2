using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Discord.Tests.Fakes;

/// <summary><c>/slow</c>: waits for the test's gate, so the ack deadline passes first.</summary>
public sealed class SlowCommand(TestSignals signals) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "slow", "A command slower than the ack deadline", "slow", CommandAccess.Anyone,
        [new OptionDefinition("private", OptionType.Boolean, "Answer privately")]);

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        await signals.SlowGate.Task.WaitAsync(cancellationToken);
        return context.GetBoolean("private") == true ? Reply.Private("done quietly") : Reply.Public("done at last");
    }
}
