namespace StudyBot.Commands.Intake;

/// <summary>The <c>Commands</c> configuration section.</summary>
public sealed class CommandsOptions
{
    /// <summary>The section name.</summary>
    public const string SectionName = "Commands";

    /// <summary>
    /// On shutdown (SIGTERM, Ctrl+C), how long commands already received may take to finish and be answered;
    /// new ones are told StudyBot is restarting meanwhile.
    /// </summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Commands running in the router at once, on all adapters together; more wait their turn without a thread.
    /// Writers queue again at the store's write gate, so this bounds mostly how many reads run side by side.
    /// </summary>
    public int MaxConcurrentCommands { get; set; } = 16;
}
