namespace StudyBot.Slack.Configuration;

/// <summary>
/// The "Slack" configuration section. Secrets come from configuration or environment variables
/// (<c>Slack__BotToken</c>) and are never logged.
/// </summary>
public sealed class SlackOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Slack";

    /// <summary>Bot token (<c>xoxb-...</c>) for the Web API.</summary>
    public string? BotToken { get; set; }

    /// <summary>App-level token (<c>xapp-...</c>, scope <c>connections:write</c>); when set, Socket Mode runs.</summary>
    public string? AppToken { get; set; }

    /// <summary>Signing secret; when set, the HTTP endpoints accept requests signed with it.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Web API base address; the Socket Mode URL comes from <c>apps.connections.open</c> on it.</summary>
    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    /// <summary>
    /// How long a slash command or form submission may run before the adapter acknowledges it empty and
    /// answers later (response_url, chat.postEphemeral). Slack's deadline is 3 s; this leaves room for the network.
    /// </summary>
    public TimeSpan InlineReplyBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long users.info answers (name, admin flag, time zone) are reused.</summary>
    public TimeSpan UserCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a command waits for users.info about a user StudyBot does not know yet before it goes on with the
    /// name the payload carries (the lookup finishes in the background).
    /// </summary>
    public TimeSpan UserLookupBudget { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Retries of one Web API call after 429, 5xx or a connection failure.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>WebSocket ping interval for Socket Mode.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A Socket Mode connection whose ping goes unanswered this long is dropped and reopened.</summary>
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>After a refresh, how long the old connection may keep delivering before we close it ourselves.</summary>
    public TimeSpan RefreshGracePeriod { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The base address as a URI with a trailing slash, so relative method names resolve under it.</summary>
    public Uri ApiBaseUri => new(ApiBaseUrl.EndsWith('/') ? ApiBaseUrl : ApiBaseUrl + "/", UriKind.Absolute);

    /// <summary>True when Socket Mode is configured.</summary>
    public bool SocketMode => !string.IsNullOrWhiteSpace(AppToken);
}
