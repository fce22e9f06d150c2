using Microsoft.Extensions.Options;

namespace StudyBot.Slack.Configuration;

/// <summary>Checks the Slack section at start, so a misconfiguration fails with one line that says what to set.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            return ValidateOptionsResult.Fail("Slack:BotToken is missing: set it to the app's bot token (xoxb-...) from OAuth & Permissions (see docs/slack.md).");
        }

        if (string.IsNullOrWhiteSpace(options.AppToken) && string.IsNullOrWhiteSpace(options.SigningSecret))
        {
            return ValidateOptionsResult.Fail("Slack:BotToken is set but neither Slack:AppToken (Socket Mode) nor Slack:SigningSecret (HTTP mode) is: set one of them (see docs/slack.md).");
        }

        if (!string.IsNullOrWhiteSpace(options.AppToken) && !options.AppToken.StartsWith("xapp-", StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Fail("Slack:AppToken must be an app-level token (xapp-...) with the connections:write scope, not a bot or user token.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            return ValidateOptionsResult.Fail("Slack:ApiBaseUrl must be an absolute http(s) address such as https://slack.com/api/.");
        }

        if (options.InlineReplyBudget <= TimeSpan.Zero || options.InlineReplyBudget >= TimeSpan.FromSeconds(3))
        {
            return ValidateOptionsResult.Fail("Slack:InlineReplyBudget must be above 0 and below Slack's 3-second deadline, e.g. 00:00:02.");
        }

        if (options.UserLookupBudget < TimeSpan.Zero || options.UserLookupBudget >= options.InlineReplyBudget)
        {
            return ValidateOptionsResult.Fail($"Slack:UserLookupBudget must be from 0 to below Slack:InlineReplyBudget ({options.InlineReplyBudget}), e.g. 00:00:00.5.");
        }

        return ValidateOptionsResult.Success;
    }
}
