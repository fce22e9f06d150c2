using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Application;
using StudyBot.Slack.Api;
using StudyBot.Slack.Configuration;

namespace StudyBot.Slack.Users;

/// <summary>
/// users.info, cached: who is an admin or owner (they count as organizers), display names, and each member's Slack
/// time zone, the default for their zone in StudyBot. Lookups never hold up an answer: concurrent ones for the same
/// user share one call, a command waits for a lookup only <see cref="SlackOptions.UserLookupBudget"/> and otherwise
/// goes on with what the payload says (the lookup finishes in the background for next time), and an expired entry
/// is used while it is refreshed.
/// </summary>
public sealed partial class SlackUserDirectory
{
    private readonly ConcurrentDictionary<string, (SlackUser User, DateTimeOffset Expires)> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<SlackUser?>>> _lookups = new(StringComparer.Ordinal);
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

    /// <summary>The user, from cache or users.info (however long that takes); null when Slack could not say.</summary>
    public async Task<SlackUser?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (_cache.TryGetValue(userId, out var cached))
        {
            if (cached.Expires <= _time.GetUtcNow())
            {
                _ = Lookup(userId); // refresh for next time; this time the old answer will do
            }

            return cached.User;
        }

        return await Lookup(userId).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The member's Slack time zone (IANA id), the default for their zone in StudyBot; null when unknown.</summary>
    public async Task<string?> GetTimeZoneAsync(string userId, CancellationToken cancellationToken) =>
        (await FindAsync(userId, cancellationToken).ConfigureAwait(false))?.TimeZoneId;

    /// <summary>
    /// The router's view of a user. When Slack has not answered within the budget (or failed), the user is a plain
    /// member under the name the payload gave: a Slack hiccup never grants organizer rights, and an admin refused
    /// for that reason is let in after the router asks again (<see cref="SlackAdmins"/>).
    /// </summary>
    public async Task<Invoker> GetInvokerAsync(string userId, string? fallbackName, CancellationToken cancellationToken)
    {
        var lookup = _cache.ContainsKey(userId) ? FindAsync(userId, cancellationToken) : Lookup(userId);
        var user = await lookup.WaitAsync(_options.UserLookupBudget, _time, cancellationToken).ContinueWith(
            t => t.IsCompletedSuccessfully ? t.Result : null,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return user is null
            ? new Invoker(userId, string.IsNullOrWhiteSpace(fallbackName) ? userId : fallbackName)
            : new Invoker(user.Id, user.DisplayName, user.IsOrganizerEverywhere);
    }

    // One users.info call per user at a time, however many commands ask; its answer is cached when it comes.
    private Task<SlackUser?> Lookup(string userId) =>
        _lookups.GetOrAdd(userId, id => new Lazy<Task<SlackUser?>>(() => LoadAsync(id))).Value;

    private async Task<SlackUser?> LoadAsync(string userId)
    {
        try
        {
            var user = Parse(await _api.GetUserAsync(userId, CancellationToken.None).ConfigureAwait(false), userId);
            _cache[userId] = (user, _time.GetUtcNow() + _options.UserCacheDuration);
            return user;
        }
        catch (SlackApiException ex)
        {
            LogLookupFailed(_logger, userId, ex.Error);
            return null;
        }
        finally
        {
            _lookups.TryRemove(userId, out _);
        }
    }

    private static SlackUser Parse(JsonElement user, string userId)
    {
        var profile = user.TryGetProperty("profile", out var p) ? p : default;
        var name = new[] { SlackWebApi.Text(profile, "display_name"), SlackWebApi.Text(profile, "real_name"), SlackWebApi.Text(user, "real_name"), SlackWebApi.Text(user, "name") }
            .FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? userId;
        return new SlackUser(
            SlackWebApi.Text(user, "id") ?? userId,
            name,
            SlackWebApi.Flag(user, "is_admin"),
            SlackWebApi.Flag(user, "is_owner") || SlackWebApi.Flag(user, "is_primary_owner"),
            SlackWebApi.Text(user, "tz"));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "users.info for {UserId} failed ({Error}); treating the user as a plain member")]
    private static partial void LogLookupFailed(ILogger logger, string userId, string error);
}
