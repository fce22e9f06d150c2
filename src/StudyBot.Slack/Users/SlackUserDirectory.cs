using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Application;
using StudyBot.Slack.Api;
using StudyBot.Slack.Configuration;

namespace StudyBot.Slack.Users;

/// <summary>
/// users.info, cached briefly: who is an admin or owner (they count as organizers), display names, and each
/// member's Slack time zone, which is the default for their zone in StudyBot.
/// </summary>
public sealed partial class SlackUserDirectory
{
    private readonly ConcurrentDictionary<string, (SlackUser User, DateTimeOffset Expires)> _cache = new(StringComparer.Ordinal);
    private readonly SlackWebApi _api;
    private readonly TimeProvider _time;
    private readonly SlackOptions _options;
    private readonly ILogger<SlackUserDirectory> _logger;

    internal SlackUserDirectory(SlackWebApi api, TimeProvider time, IOptions<SlackOptions> options, ILogger<SlackUserDirectory> logger)
    {
        _api = api;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>The user, from cache or users.info; null when Slack could not say.</summary>
    public async Task<SlackUser?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var now = _time.GetUtcNow();
        if (_cache.TryGetValue(userId, out var cached) && cached.Expires > now)
        {
            return cached.User;
        }

        try
        {
            var user = Parse(await _api.GetUserAsync(userId, cancellationToken).ConfigureAwait(false), userId);
            _cache[userId] = (user, now + _options.UserCacheDuration);
            return user;
        }
        catch (SlackApiException ex)
        {
            LogLookupFailed(_logger, userId, ex.Error);
            return null;
        }
    }

    /// <summary>The member's Slack time zone (IANA id), the default for their zone; null when unknown.</summary>
    public async Task<string?> GetTimeZoneAsync(string userId, CancellationToken cancellationToken) =>
        (await FindAsync(userId, cancellationToken).ConfigureAwait(false))?.TimeZoneId;

    /// <summary>
    /// The router's view of a user. When users.info fails, the user is treated as a plain member under the
    /// name the payload gave, so a Slack hiccup never grants organizer rights.
    /// </summary>
    public async Task<Invoker> GetInvokerAsync(string userId, string? fallbackName, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId, cancellationToken).ConfigureAwait(false);
        return user is null
            ? new Invoker(userId, string.IsNullOrWhiteSpace(fallbackName) ? userId : fallbackName)
            : new Invoker(user.Id, user.DisplayName, user.IsOrganizerEverywhere);
    }

    private static SlackUser Parse(JsonElement user, string userId)
    {
        var profile = user.TryGetProperty("profile", out var p) ? p : default;
        var name = new[] { SlackWebApi.Text(profile, "display_name"), SlackWebApi.Text(profile, "real_name"), SlackWebApi.Text(user, "real_name"), SlackWebApi.Text(user, "name") }
            .FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? userId;
        return new SlackUser(
            SlackWebApi.Text(user, "id") ?? userId,
            name,
            Flag(user, "is_admin"),
            Flag(user, "is_owner") || Flag(user, "is_primary_owner"),
            SlackWebApi.Text(user, "tz"));
    }

    private static bool Flag(JsonElement user, string name) => user.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    [LoggerMessage(Level = LogLevel.Warning, Message = "users.info for {UserId} failed ({Error}); treating the user as a plain member")]
    private static partial void LogLookupFailed(ILogger logger, string userId, string error);
}
