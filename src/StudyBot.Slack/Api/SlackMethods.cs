namespace StudyBot.Slack.Api;

/// <summary>The methods StudyBot calls, with the tiers from each method's reference page.</summary>
internal static class SlackMethods
{
    public static readonly SlackMethod PostMessage = new("chat.postMessage", RateLimitTier.PostMessage, Json: true, Idempotent: false);
    public static readonly SlackMethod PostEphemeral = new("chat.postEphemeral", RateLimitTier.Tier4, Json: true, Idempotent: false);
    public static readonly SlackMethod Update = new("chat.update", RateLimitTier.Tier3, Json: true, Idempotent: true);
    public static readonly SlackMethod ConversationsOpen = new("conversations.open", RateLimitTier.Tier3, Json: false, Idempotent: true);
    public static readonly SlackMethod ConversationsHistory = new("conversations.history", RateLimitTier.Tier3, Json: false, Idempotent: true);
    public static readonly SlackMethod UsersInfo = new("users.info", RateLimitTier.Tier4, Json: false, Idempotent: true);
    public static readonly SlackMethod ViewsOpen = new("views.open", RateLimitTier.Tier4, Json: true, Idempotent: false);
    public static readonly SlackMethod ViewsUpdate = new("views.update", RateLimitTier.Tier4, Json: true, Idempotent: true);
    public static readonly SlackMethod GetUploadUrl = new("files.getUploadURLExternal", RateLimitTier.Tier4, Json: false, Idempotent: true);
    public static readonly SlackMethod CompleteUpload = new("files.completeUploadExternal", RateLimitTier.Tier4, Json: false, Idempotent: false);
    public static readonly SlackMethod ConnectionsOpen = new("apps.connections.open", RateLimitTier.Tier1, Json: false, Idempotent: true, AppLevel: true);
}
