namespace StudyBot.Discord.Rendering;

/// <summary>
/// Wraps a neutral action id (at most 90 characters) in a versioned Discord custom_id: <c>sb1:rsvp:42:going</c>.
/// The version lets a later StudyBot recognise, and politely refuse, buttons an older one posted.
/// </summary>
internal static class CustomIds
{
    public const string Prefix = "sb1:";
    public const int MaxLength = 100;

    public static string? Wrap(string actionId)
    {
        var id = Prefix + actionId;
        return actionId.Length == 0 || id.Length > MaxLength ? null : id;
    }

    public static string? Unwrap(string? customId) =>
        customId is not null && customId.StartsWith(Prefix, StringComparison.Ordinal) && customId.Length > Prefix.Length
            ? customId[Prefix.Length..]
            : null;
}
