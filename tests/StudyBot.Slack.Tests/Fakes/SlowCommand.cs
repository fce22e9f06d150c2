using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Slack.Tests.Fakes;

/// <summary><c>slow</c>: a command that takes as long as the test wants; <c>answer:private</c> or <c>answer:error</c> answers only the invoker.</summary>
public sealed class SlowCommand(Gate gate) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "slow", "Waits for the test", "slow", CommandAccess.Anyone,
        [new OptionDefinition("answer", OptionType.String, "What to answer in the end") { Choices = ["public", "private", "error"] }]);

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        await gate.PassAsync(cancellationToken);
        return context.GetString("answer") switch
        {
            "private" => Reply.Private("Quietly done."),
            "error" => Reply.Error("Quiet trouble: only you may read this."),
            _ => Reply.Public("Finally done."),
        };
    }
}
