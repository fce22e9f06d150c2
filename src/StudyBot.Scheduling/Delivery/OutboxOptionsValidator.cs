using Microsoft.Extensions.Options;

namespace StudyBot.Scheduling.Delivery;

/// <summary>Checks the <c>Outbox</c> section at start, naming the key to fix (a batch of 0 would loop forever).</summary>
internal sealed class OutboxOptionsValidator : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.BatchSize is < 1 or > 10_000)
        {
            problems.Add($"Outbox:BatchSize must be from 1 to 10000; it is {options.BatchSize}.");
        }

        if (options.Parallelism is < 1 or > 256)
        {
            problems.Add($"Outbox:Parallelism must be from 1 to 256; it is {options.Parallelism}.");
        }

        if (options.MaxAttempts is < 1 or > 100)
        {
            problems.Add($"Outbox:MaxAttempts must be from 1 to 100; it is {options.MaxAttempts}.");
        }

        if (options.FirstRetryDelay <= TimeSpan.Zero)
        {
            problems.Add($"Outbox:FirstRetryDelay must be more than zero, e.g. 00:00:02; it is {options.FirstRetryDelay}.");
        }

        if (options.MaxRetryDelay < options.FirstRetryDelay)
        {
            problems.Add($"Outbox:MaxRetryDelay must be at least Outbox:FirstRetryDelay ({options.FirstRetryDelay}); it is {options.MaxRetryDelay}.");
        }

        if (options.PollInterval < TimeSpan.FromMilliseconds(100) || options.PollInterval > TimeSpan.FromHours(1))
        {
            problems.Add($"Outbox:PollInterval must be from 00:00:00.1 to 01:00:00; it is {options.PollInterval}.");
        }

        if (string.IsNullOrWhiteSpace(options.InstanceName) || options.InstanceName.Length > 100 || options.InstanceName.Contains('/', StringComparison.Ordinal))
        {
            problems.Add($"Outbox:InstanceName must be 1 to 100 characters without '/', one per StudyBot sharing the database; it is \"{options.InstanceName}\".");
        }

        if (options.ClaimLease < TimeSpan.FromSeconds(30) || options.ClaimLease > TimeSpan.FromHours(1))
        {
            problems.Add($"Outbox:ClaimLease must be from 00:00:30 to 01:00:00; it is {options.ClaimLease}.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
