using Microsoft.Extensions.Options;

namespace StudyBot.Scheduling.Work;

/// <summary>Checks the <c>Scheduler</c> section at start, naming the key to fix.</summary>
internal sealed class SchedulerOptionsValidator : IValidateOptions<SchedulerOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.BatchSize is < 1 or > 10_000)
        {
            problems.Add($"Scheduler:BatchSize must be from 1 to 10000; it is {options.BatchSize}.");
        }

        if (options.SweepInterval < TimeSpan.FromSeconds(1) || options.SweepInterval > TimeSpan.FromHours(1))
        {
            problems.Add($"Scheduler:SweepInterval must be from 00:00:01 to 01:00:00; it is {options.SweepInterval}.");
        }

        if (options.MaxAttempts is < 1 or > 100)
        {
            problems.Add($"Scheduler:MaxAttempts must be from 1 to 100; it is {options.MaxAttempts}.");
        }

        if (options.RetryDelay <= TimeSpan.Zero || options.RetryDelay > TimeSpan.FromHours(1))
        {
            problems.Add($"Scheduler:RetryDelay must be more than zero and at most 01:00:00; it is {options.RetryDelay}.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
