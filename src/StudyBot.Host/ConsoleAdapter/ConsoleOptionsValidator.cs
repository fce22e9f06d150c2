using Microsoft.Extensions.Options;

namespace StudyBot.Host.ConsoleAdapter;

/// <summary>Checks the <c>Console</c> section at start, naming the key to fix.</summary>
internal sealed class ConsoleOptionsValidator : IValidateOptions<ConsoleOptions>
{
    public ValidateOptionsResult Validate(string? name, ConsoleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.User?.TrimStart('@')) || options.User.Any(char.IsWhiteSpace))
        {
            problems.Add($"Console:User must be one word, the name to act as (default `you`); it is \"{options.User}\".");
        }

        if (string.IsNullOrWhiteSpace(options.Channel?.TrimStart('#')) || options.Channel.Any(char.IsWhiteSpace))
        {
            problems.Add($"Console:Channel must be one word, the channel to start in (default `general`); it is \"{options.Channel}\".");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
