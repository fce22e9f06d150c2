namespace StudyBot.Scheduling.Work;

/// <summary>The <c>Scheduler</c> configuration section: how scheduled work is picked up.</summary>
public sealed class SchedulerOptions
{
    /// <summary>The section name.</summary>
    public const string SectionName = "Scheduler";

    /// <summary>Due items done per transaction.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How often the safety-net sweep looks for due work, besides the trigger armed at the next due item.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts before an item that keeps failing is given up (kept, marked failed).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First delay before a failed item is tried again; doubles per attempt.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
