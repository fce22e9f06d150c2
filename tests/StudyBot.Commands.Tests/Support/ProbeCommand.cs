using System.Globalization;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Tests.Support;

/// <summary>
/// A test-only command with the option types no foundation command uses yet (integer, number,
/// boolean, fixed choices), so the binder and validator can be driven through the real router.
/// </summary>
internal sealed class ProbeCommand : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "probe run",
        "Echo typed options",
        "probe run count:3",
        CommandAccess.Anyone,
        [
            new("count", OptionType.Integer, "How many") { Required = true, MinValue = 1, MaxValue = 10 },
            new("flag", OptionType.Boolean, "On or off"),
            new("ratio", OptionType.Number, "A fraction"),
            new("level", OptionType.String, "How hard") { Choices = ["easy", "hard"] },
        ]);

    public Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var ratio = context.Invocation.Options.TryGetValue("ratio", out var r) ? System.Convert.ToString(r, CultureInfo.InvariantCulture) : "-";
        return Task.FromResult(Reply.Public(string.Create(
            CultureInfo.InvariantCulture,
            $"count={context.GetInteger("count")} flag={context.GetBoolean("flag")?.ToString() ?? "-"} ratio={ratio} level={context.GetString("level") ?? "-"}")));
    }
}
