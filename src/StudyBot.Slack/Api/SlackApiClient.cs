using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Slack.Configuration;

namespace StudyBot.Slack.Api;

/// <summary>
/// Calls Web API methods: tier rate limits, Retry-After on 429, backoff on 5xx and connection failures, and
/// <c>ok:false</c> turned into <see cref="SlackApiException"/>. Tokens go in the Authorization header only.
/// </summary>
internal sealed partial class SlackApiClient(IHttpClientFactory clients, IOptions<SlackOptions> options, SlackRateLimiter limiter, TimeProvider time, ILogger<SlackApiClient> logger)
{
    /// <summary>The named HttpClient; the factory rotates its handlers, so DNS changes are picked up.</summary>
    public const string HttpClientName = "StudyBot.Slack";

    private readonly SlackOptions _options = options.Value;

    /// <summary>Calls <paramref name="method"/> and returns its JSON answer (with <c>ok:true</c>).</summary>
    /// <param name="method">The method.</param>
    /// <param name="arguments">Its arguments; objects and arrays are sent as JSON strings in form bodies.</param>
    /// <param name="channel">The channel, for per-channel limits.</param>
    /// <param name="cancellationToken">Cancels waiting and the request.</param>
    public async Task<JsonElement> CallAsync(SlackMethod method, JsonObject arguments, string? channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(arguments);
        for (var attempt = 0; ; attempt++)
        {
            await limiter.WaitAsync(method, channel, cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_options.ApiBaseUri, method.Name)) { Content = Body(method, arguments) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", method.AppLevel ? _options.AppToken : _options.BotToken);
            HttpResponseMessage response;
            try
            {
                response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsNetworkFailure(ex, cancellationToken))
            {
                // A connection that never opened cannot have posted anything; any other failure might have.
                var neverSent = ex is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };
                if ((neverSent || method.Idempotent) && attempt < _options.MaxRetries)
                {
                    LogRetry(logger, method.Name, "connection failure", attempt + 1);
                    await Task.Delay(Backoff(attempt), time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw new SlackApiException(method.Name, "connection_failed", isPermanent: false, mayHaveSucceeded: !neverSent, inner: ex);
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var retryAfter = RetryAfter(response);
                    limiter.Pause(method, channel, retryAfter);
                    LogRateLimited(logger, method.Name, retryAfter.TotalSeconds);
                    if (attempt < _options.MaxRetries)
                    {
                        continue;
                    }

                    throw new SlackApiException(method.Name, "ratelimited", isPermanent: false, retryAfter);
                }

                if ((int)response.StatusCode >= 500)
                {
                    if (RetryableServerError(method, response.StatusCode) && attempt < _options.MaxRetries)
                    {
                        LogServerErrorRetry(logger, method.Name, (int)response.StatusCode, attempt + 1);
                        await Task.Delay(Backoff(attempt), time, cancellationToken).ConfigureAwait(false);
                        continue;
                    }

                    throw new SlackApiException(method.Name, $"http_{(int)response.StatusCode}", isPermanent: false, mayHaveSucceeded: !RetryableServerError(method, response.StatusCode));
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new SlackApiException(method.Name, $"http_{(int)response.StatusCode}", isPermanent: true);
                }

                var root = await ReadJsonAsync(response, method, cancellationToken).ConfigureAwait(false);
                if (root.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True)
                {
                    return root;
                }

                var error = root.TryGetProperty("error", out var e) ? e.GetString() ?? "unknown_error" : "unknown_error";
                throw new SlackApiException(method.Name, error, SlackErrors.IsPermanent(error));
            }
        }
    }

    /// <summary>Posts a message payload to an interaction's response_url (no token: the URL is the credential).</summary>
    public async Task RespondAsync(Uri responseUrl, JsonObject message, CancellationToken cancellationToken)
    {
        using var content = new StringContent(message.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await clients.CreateClient(HttpClientName).PostAsync(responseUrl, content, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException("response_url", $"http_{(int)response.StatusCode}", isPermanent: (int)response.StatusCode < 500);
        }
    }

    /// <summary>Sends file bytes to the pre-signed address files.getUploadURLExternal returned.</summary>
    public async Task UploadBytesAsync(Uri uploadUrl, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await clients.CreateClient(HttpClientName).PostAsync(uploadUrl, body, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException("file upload", $"http_{(int)response.StatusCode}", isPermanent: (int)response.StatusCode < 500);
        }
    }

    private static HttpContent Body(SlackMethod method, JsonObject arguments)
    {
        if (method.Json)
        {
            return new StringContent(arguments.ToJsonString(), Encoding.UTF8, "application/json");
        }

        var fields = arguments.Select(p => new KeyValuePair<string, string>(
            p.Key,
            p.Value is JsonValue value && value.TryGetValue<string>(out var text) ? text : p.Value?.ToJsonString() ?? string.Empty));
        return new FormUrlEncodedContent(fields);
    }

    // 503 means Slack did not take the request; other 5xx may hide a post that happened, so only idempotent methods retry them.
    private static bool RetryableServerError(SlackMethod method, HttpStatusCode status) =>
        method.Idempotent || status == HttpStatusCode.ServiceUnavailable;

    private static bool IsNetworkFailure(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private static TimeSpan RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta is { } delta && delta > TimeSpan.Zero ? delta : TimeSpan.FromSeconds(1);

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, attempt)));

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, SlackMethod method, CancellationToken cancellationToken)
    {
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
                return document.RootElement.Clone();
            }
        }
        catch (JsonException ex)
        {
            throw new SlackApiException(method.Name, "invalid_json_response", isPermanent: false, inner: ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Method} rate limited; waiting {Seconds} s as Retry-After asks")]
    private static partial void LogRateLimited(ILogger logger, string method, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack {Method} answered HTTP {Status}; retry {Attempt}")]
    private static partial void LogServerErrorRetry(ILogger logger, string method, int status, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack {Method} failed ({Reason}); retry {Attempt}")]
    private static partial void LogRetry(ILogger logger, string method, string reason, int attempt);
}
