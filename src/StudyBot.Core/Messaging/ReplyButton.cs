namespace StudyBot.Core.Messaging;

/// <summary>A button; pressing it comes back to the router as a component action.</summary>
/// <param name="Label">What the button says (at most 75 characters, Slack's limit).</param>
/// <param name="ActionId">
/// Neutral action such as <c>rsvp:42:going</c>: a handler key, a colon, then arguments.
/// At most <see cref="MaxActionIdLength"/> characters so each platform's id scheme can wrap it.
/// </param>
/// <param name="Style">How prominent it is.</param>
public sealed record ReplyButton(string Label, string ActionId, ButtonStyle Style = ButtonStyle.Secondary)
{
    /// <summary>Leaves room in Discord's 100-character custom_id for a version prefix.</summary>
    public const int MaxActionIdLength = 90;
}

/// <summary>Button emphasis, mapped to each platform's closest style.</summary>
public enum ButtonStyle
{
    /// <summary>Neutral.</summary>
    Secondary = 0,

    /// <summary>The main action.</summary>
    Primary = 1,

    /// <summary>A positive choice.</summary>
    Success = 2,

    /// <summary>A negative or destructive choice.</summary>
    Danger = 3,
}
