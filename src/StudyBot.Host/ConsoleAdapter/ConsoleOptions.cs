namespace StudyBot.Host.ConsoleAdapter;

/// <summary>The <c>Console</c> configuration section: who you are and where, when the console starts.</summary>
public sealed class ConsoleOptions
{
    /// <summary>The section name.</summary>
    public const string SectionName = "Console";

    /// <summary>Starting user (change with <c>:as</c>).</summary>
    public string User { get; set; } = "you";

    /// <summary>Starting channel, without '#' (change with <c>:in</c>).</summary>
    public string Channel { get; set; } = "general";
}
