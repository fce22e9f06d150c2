namespace StudyBot.Slack.Api;

/// <summary>Which <c>ok:false</c> error codes a retry can fix.</summary>
internal static class SlackErrors
{
    // Slack's own hiccups; everything else (channel_not_found, not_in_channel, invalid_auth, missing_scope,
    // invalid_blocks, msg_too_long, trigger_expired...) stays wrong however often it is retried.
    private static readonly HashSet<string> Transient = new(StringComparer.Ordinal)
    {
        "ratelimited", "rate_limited", "internal_error", "fatal_error", "service_unavailable", "request_timeout", "team_added_to_org",
    };

    public static bool IsPermanent(string error) => !Transient.Contains(error);
}
