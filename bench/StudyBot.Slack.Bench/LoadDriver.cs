using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using StudyBot.Slack.Http;

namespace StudyBot.Slack.Bench;

/// <summary>Sends signed slash commands with fixed concurrency and records each acknowledgement's latency.</summary>
internal sealed class LoadDriver(BenchTarget target) : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = target.BaseAddress };

    public async Task<BenchResult> RunAsync(string scenario, Func<int, string> text, int requests, int concurrency, bool forge = false)
    {
        var latencies = new double[requests];
        var failures = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                using var request = Signed(text(i), i, forge);
                var started = Stopwatch.GetTimestamp();
                using var response = await _client.SendAsync(request).ConfigureAwait(false);
                await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var expected = forge ? HttpStatusCode.Unauthorized : HttpStatusCode.OK;
                if (response.StatusCode != expected)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });
        await Task.WhenAll(workers).ConfigureAwait(false);
        return new BenchResult(scenario, requests, failures, latencies, clock.Elapsed);
    }

    public void Dispose() => _client.Dispose();

    private HttpRequestMessage Signed(string text, int i, bool forge)
    {
        var body = string.Create(
            CultureInfo.InvariantCulture,
            $"token=t&team_id=TBENCH&team_domain=bench&channel_id=C{i % 50}&channel_name=bench&user_id=U{i % 20}&user_name=bench&command=%2Fstudy&text={Uri.EscapeDataString(text)}&api_app_id=A1&response_url={Uri.EscapeDataString(target.HookUrl.ToString())}&trigger_id=t{i}");
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, "slack/commands") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/x-www-form-urlencoded");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", forge ? "v0=" + new string('0', 64) : SlackSignatureVerifier.Sign(BenchTarget.SigningSecret, timestamp, bytes));
        return request;
    }
}
