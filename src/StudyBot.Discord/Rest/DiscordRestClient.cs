using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Discord.Configuration;

namespace StudyBot.Discord.Rest;

/// <summary>
/// Sends REST requests through the rate limits: waits for the bucket and the global window, follows
/// 429 <c>retry_after</c>, backs off on 5xx, and never retries any other 4xx.
/// </summary>
internal sealed partial class DiscordRestClient
{
    public const string HttpClientName = "discord";
    private const int MaxRateLimitRetries = 5;
    private const int MaxServerRetries = 3;

    private readonly IHttpClientFactory _clients;
    private readonly TimeProvider _time;
    private readonly IOptions<DiscordOptions> _options;
    private readonly ILogger<DiscordRestClient> _logger;
    private readonly GlobalRateLimit _global;
    private readonly BucketRateLimits _buckets;
    private readonly InvalidRequestGuard _invalid;

    public DiscordRestClient(IHttpClientFactory clients, TimeProvider time, IOptions<DiscordOptions> options, ILogger<DiscordRestClient> logger)
    {
        _clients = clients;
        _time = time;
        _options = options;
        _logger = logger;
        _global = new GlobalRateLimit(time);
        _buckets = new BucketRateLimits(time);
        _invalid = new InvalidRequestGuard(time, options.Value.InvalidRequestBudget);
    }

    /// <summary>Invalid requests in the last ten minutes (for tests and health).</summary>
    public int InvalidRequestCount => _invalid.Count;

    /// <summary>Sends the request and returns the JSON answer (undefined for 204).</summary>
    public async Task<JsonElement> SendAsync(DiscordRequest request, CancellationToken cancellationToken)
    {
        var rateLimited = 0;
        var serverErrors = 0;
        while (true)
        {
            if (_invalid.Exhausted)
            {
                LogInvalidBudget(_logger, _invalid.Count);
                throw new DiscordApiException("Too many invalid Discord requests in the last 10 minutes; holding back to avoid an IP ban.", null, isTransient: true, retryAfter: TimeSpan.FromMinutes(1));
            }

            await _global.AcquireAsync(request.InteractionScoped, cancellationToken).ConfigureAwait(false);
            await _buckets.AcquireAsync(request, cancellationToken).ConfigureAwait(false);

            HttpResponseMessage response;
            try
            {
                using var message = Build(request);
                response = await _clients.CreateClient(HttpClientName).SendAsync(message, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex) when (serverErrors < MaxServerRetries)
            {
                serverErrors++;
                LogNetworkRetry(_logger, ex, request.Route, serverErrors);
                await Task.Delay(Backoff(serverErrors), _time, cancellationToken).ConfigureAwait(false);
                continue;
            }
            catch (HttpRequestException ex)
            {
                throw new DiscordApiException($"Discord could not be reached for {request.Route}.", ex);
            }

            using (response)
            {
                var headers = RateLimitHeaders.From(response.Headers);
                _buckets.Observe(request, headers);
                var body = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return body;
                }

                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var retryAfter = RetryAfter(body, headers);
                    var global = headers.Global || (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True);
                    if (!string.Equals(headers.Scope, "shared", StringComparison.OrdinalIgnoreCase))
                    {
                        _invalid.Record();
                    }

                    if (global)
                    {
                        _global.Block(retryAfter);
                    }
                    else
                    {
                        _buckets.Exhaust(request, retryAfter);
                    }

                    LogRateLimited(_logger, request.Route, global, retryAfter.TotalSeconds, headers.Scope);
                    if (++rateLimited > MaxRateLimitRetries)
                    {
                        throw new DiscordApiException($"Discord kept rate-limiting {request.Route}.", response.StatusCode, isTransient: true, retryAfter: retryAfter);
                    }

                    continue;
                }

                if ((int)response.StatusCode >= 500 && serverErrors < MaxServerRetries)
                {
                    serverErrors++;
                    LogServerRetry(_logger, request.Route, (int)response.StatusCode, serverErrors);
                    await Task.Delay(Backoff(serverErrors), _time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw Failure(request, response.StatusCode, body);
            }
        }
    }

    private DiscordApiException Failure(DiscordRequest request, HttpStatusCode status, JsonElement body)
    {
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            _invalid.Record();
        }

        int? code = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : null;
        var text = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("message", out var m) ? m.GetString() : null;
        LogFailed(_logger, request.Route, (int)status, code, text);
        var transient = (int)status >= 500;
        return new DiscordApiException($"Discord answered {(int)status} to {request.Route}: {text ?? "no message"}", status, code, transient);
    }

    private HttpRequestMessage Build(DiscordRequest request)
    {
        var options = _options.Value;
        var baseUrl = options.ApiBaseUrl.ToString().TrimEnd('/') + "/";
        var message = new HttpRequestMessage(request.Method, new Uri(new Uri(baseUrl), request.Path));
        message.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Token);
        message.Headers.TryAddWithoutValidation("User-Agent", $"DiscordBot ({options.ProjectUrl}, 1.0)");
        message.Content = MultipartBody.Create(request.Body, request.Files);
        return message;
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Proxies in front of Discord answer some errors with HTML; the status still tells what happened.
            return default;
        }
    }

    private static TimeSpan RetryAfter(JsonElement body, RateLimitHeaders headers)
    {
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("retry_after", out var value) && value.TryGetDouble(out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Max(0, seconds));
        }

        return headers.RetryAfter ?? headers.ResetAfter ?? TimeSpan.FromSeconds(1);
    }

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(Math.Pow(2, attempt - 1));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord rate-limited {Route} (global: {Global}, scope: {Scope}); retrying in {Seconds:0.###} s")]
    private static partial void LogRateLimited(ILogger logger, string route, bool global, double seconds, string? scope);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord answered {Status} to {Route}; retry {Attempt} after backoff")]
    private static partial void LogServerRetry(ILogger logger, string route, int status, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord unreachable for {Route}; retry {Attempt} after backoff")]
    private static partial void LogNetworkRetry(ILogger logger, Exception exception, string route, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord refused {Route}: {Status} code {Code} {Text}")]
    private static partial void LogFailed(ILogger logger, string route, int status, int? code, string? text);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} invalid Discord requests in 10 minutes; pausing requests to stay far from the ban threshold")]
    private static partial void LogInvalidBudget(ILogger logger, int count);
}
