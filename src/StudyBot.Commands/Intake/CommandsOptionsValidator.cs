using Microsoft.Extensions.Options;

namespace StudyBot.Commands.Intake;

/// <summary>Checks the <c>Commands</c> section at start, naming the key to fix.</summary>
internal sealed class CommandsOptionsValidator : IValidateOptions<CommandsOptions>
{
    public ValidateOptionsResult Validate(string? name, CommandsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ShutdownGrace < TimeSpan.Zero || options.ShutdownGrace > TimeSpan.FromMinutes(5))
        {
            return ValidateOptionsResult.Fail($"Commands:ShutdownGrace must be from 00:00:00 to 00:05:00; it is {options.ShutdownGrace}.");
        }

        return options.MaxConcurrentCommands is < 1 or > 1024
            ? ValidateOptionsResult.Fail($"Commands:MaxConcurrentCommands must be from 1 to 1024; it is {options.MaxConcurrentCommands}.")
            : ValidateOptionsResult.Success;
    }
}
