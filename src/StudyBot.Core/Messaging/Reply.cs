namespace StudyBot.Core.Messaging;

/// <summary>
/// A platform-neutral message: what a command answers and what the bot sends on its own.
/// Adapters render it (Discord embeds and components, Slack Block Kit, console text).
/// Text may hold <see cref="RichText"/> tokens for timestamps and user mentions.
/// </summary>
public sealed record Reply
{
    /// <summary>The main text.</summary>
    public required string Text { get; init; }

    /// <summary>Titled values shown beneath the text (embed fields, Slack section fields).</summary>
    public IReadOnlyList<ReplyField> Fields { get; init; } = [];

    /// <summary>Buttons beneath the message.</summary>
    public IReadOnlyList<ReplyButton> Buttons { get; init; } = [];

    /// <summary>Files such as charts and calendar exports.</summary>
    public IReadOnlyList<ReplyAttachment> Attachments { get; init; } = [];

    /// <summary>Only the invoker sees it (errors, personal data).</summary>
    public bool Ephemeral { get; init; }

    /// <summary>True when this reply reports a user mistake.</summary>
    public bool IsError { get; init; }

    /// <summary>When set, the adapter opens this form (modal) instead of posting a message.</summary>
    public FormRequest? Form { get; init; }

    /// <summary>When set, the message carries a poll (Discord renders a native poll where it fits).</summary>
    public ReplyPoll? Poll { get; init; }

    /// <summary>The only users this message may ping; everything else is rendered inert.</summary>
    public IReadOnlyList<string> MentionUserIds { get; init; } = [];

    /// <summary>A private error that tells the user what to fix.</summary>
    public static Reply Error(string message) => new() { Text = message, Ephemeral = true, IsError = true };

    /// <summary>A public message visible to the channel.</summary>
    public static Reply Public(string text) => new() { Text = text };

    /// <summary>A message only the invoker sees.</summary>
    public static Reply Private(string text) => new() { Text = text, Ephemeral = true };
}
