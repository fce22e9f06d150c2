using Microsoft.Extensions.Options;

namespace StudyBot.Commands.Intake;

/// <summary>Checks the <c>Commands</c> section at start, naming the key to fix.</summary>
internal sealed class CommandsOptionsValidator : IValidateOptions<CommandsOptions>
{
    public ValidateOptionsResult Validate(string? name, CommandsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ShutdownGrace < TimeSpan.Zero || options.ShutdownGrace > TimeSpan.FromMinutes(5)
            ? ValidateOptionsResult.Fail($"Commands:ShutdownGrace must be from 00:00:00 to 00:05:00; it is {options.ShutdownGrace}.")
            : ValidateOptionsResult.Success;
    }
}
