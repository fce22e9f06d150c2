using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Discord.Tests.Fakes;

/// <summary>
/// <c>/slow</c>: waits for the test's gate, so the ack deadline passes first. <c>private:true</c> declares a private
/// reply (and gives one); <c>answer:</c> public, private or error overrides what it actually answers, for replies that
/// turn out otherwise than declared.
/// </summary>
public sealed class SlowCommand(TestSignals signals) : ICommandHandler
{
    public const string ErrorText = "Secret trouble: only the invoker may read this.";

    public static CommandDefinition Definition { get; } = new(
        "slow", "A command slower than the ack deadline", "slow", CommandAccess.Anyone,
        [
            new OptionDefinition("private", OptionType.Boolean, "Answer privately"),
            new OptionDefinition("answer", OptionType.String, "What to answer in the end") { Choices = ["public", "private", "error"] },
        ])
    {
        RepliesFor = options => options.GetValueOrDefault("private") is true ? ReplyVisibility.Private : ReplyVisibility.Public,
    };

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        await signals.SlowGate.Task.WaitAsync(cancellationToken);
        return (context.GetString("answer") ?? (context.GetBoolean("private") == true ? "private" : "public")) switch
        {
            "error" => Reply.Error(ErrorText),
            "private" => Reply.Private("done quietly"),
            _ => Reply.Public("done at last"),
        };
    }
}
