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
}
