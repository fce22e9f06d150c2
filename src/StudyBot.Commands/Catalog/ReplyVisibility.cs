namespace StudyBot.Commands.Catalog;

/// <summary>
/// Who sees a command's or button's successful reply, known before it runs. An adapter that must answer before the
/// handler finishes (Discord's deferral) shows its placeholder the same way, so a private answer never has to pass
/// through a message the channel can see.
/// </summary>
public enum ReplyVisibility
{
    /// <summary>The channel sees it (announcements such as a new group or a shared resource).</summary>
    Public,

    /// <summary>Only the invoker sees it (lists, personal data, confirmations).</summary>
    Private,
}
