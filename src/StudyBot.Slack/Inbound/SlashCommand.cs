namespace StudyBot.Slack.Inbound;

/// <summary>A slash command as Slack sends it, over HTTP (form fields) or Socket Mode (JSON with the same names).</summary>
internal sealed record SlashCommand(string TeamId, string ChannelId, string ChannelName, string UserId, string? UserName, string Command, string Text, Uri? ResponseUrl, string? TriggerId)
{
    /// <summary>Reads the fields through <paramref name="field"/>; null when a required one is missing.</summary>
    public static SlashCommand? From(Func<string, string?> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var team = field("team_id");
        var channel = field("channel_id");
        var user = field("user_id");
        if (string.IsNullOrEmpty(team) || string.IsNullOrEmpty(channel) || string.IsNullOrEmpty(user))
        {
            return null;
        }

        var responseUrl = Uri.TryCreate(field("response_url"), UriKind.Absolute, out var url) ? url : null;
        return new SlashCommand(team, channel, field("channel_name") ?? channel, user, field("user_name"), field("command") ?? "/study", field("text") ?? string.Empty, responseUrl, field("trigger_id"));
    }

    /// <summary>The context for delivering answers.</summary>
    public SlackContext Context => new(TeamId, ChannelId, ChannelName, UserId, UserName, ResponseUrl, TriggerId);

    /// <summary>
    /// The command line for the router: Slack sends <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> escaped, and <c>/study</c> alone means help.
    /// Escaped mentions (<c>&lt;@U123|bob&gt;</c>) stay as they are; the option binder understands them.
    /// </summary>
    public string CommandLine
    {
        get
        {
            var text = Text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal).Trim();
            return text.Length == 0 ? "help" : text;
        }
    }
}
