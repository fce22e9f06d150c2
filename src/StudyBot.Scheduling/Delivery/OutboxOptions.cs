namespace StudyBot.Scheduling.Delivery;

/// <summary>The <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    /// <summary>The section name.</summary>
    public const string SectionName = "Outbox";

    /// <summary>Entries read per round.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Messages in flight at once (platform adapters apply their own rate limits).</summary>
    public int Parallelism { get; set; } = 16;

    /// <summary>Attempts before a transiently failing entry is given up.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>First retry delay; doubles per attempt.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest retry delay.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often to look for due entries even without a signal (other instances, retries).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// This StudyBot among those sharing the database: a restarted instance takes back the messages it had in
    /// flight at once, while another instance's wait until their claim runs out. Each instance needs its own.
    /// </summary>
    public string InstanceName { get; set; } = Environment.MachineName;

    /// <summary>How long a claim on a message holds; a platform call taking longer is given up and checked later.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);
}
