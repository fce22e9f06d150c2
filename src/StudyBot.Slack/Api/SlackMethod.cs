namespace StudyBot.Slack.Api;

/// <summary>A Web API method as the client needs to know it.</summary>
/// <param name="Name">Such as <c>chat.postMessage</c>.</param>
/// <param name="Tier">Its rate-limit tier.</param>
/// <param name="Json">Send a JSON body; otherwise form-encoded (read methods such as users.info accept only forms).</param>
/// <param name="Idempotent">
/// Whether a retry after an ambiguous failure is harmless. chat.postMessage is not: Slack has no nonce, so a retry
/// after a response was lost can post twice.
/// </param>
/// <param name="AppLevel">Authenticates with the app-level token instead of the bot token.</param>
internal sealed record SlackMethod(string Name, RateLimitTier Tier, bool Json, bool Idempotent, bool AppLevel = false);
