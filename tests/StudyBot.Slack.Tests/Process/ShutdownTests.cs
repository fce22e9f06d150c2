using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Data.Sqlite;
using StudyBot.Slack.Http;
using StudyBot.Slack.Tests.Fakes;
using StudyBot.Testing;

namespace StudyBot.Slack.Tests.Process;

/// <summary>
/// The real program in Slack HTTP mode, stopped with SIGTERM (as a container stop does) while 50 commands it has
/// acknowledged are still waiting for the database: every one of them is answered before it exits.
/// </summary>
public sealed class ShutdownTests : IAsyncLifetime
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(90);
    private readonly string _folder = Directory.CreateTempSubdirectory("studybot-shutdown-").FullName;
    private FakeSlackServer _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp folders.
        }
    }

    [Fact]
    public async Task Sigterm_With50AcknowledgedCommandsInFlight_AnswersEveryOne_ThenExits()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var file = Path.Combine(_folder, "studybot.db");
        var endpoint = new Uri($"http://127.0.0.1:{FreePort()}/");
        using var process = StudyBotProcess.Start(
            _folder,
            $"Database:ConnectionString=Data Source={file};Default Timeout=60",
            "Slack:BotToken=xoxb-test-bot",
            $"Slack:SigningSecret={SlackTestHost.SigningSecret}",
            $"Slack:ApiBaseUrl={_slack.ApiBaseUrl}",
            $"Urls={endpoint}");
        Assert.Equal(HttpStatusCode.OK, (await FirstAnswerAsync(() => PostAsync(client, endpoint, "group create name:\"Algo Club\" timezone:Europe/Berlin", "UORG"))).StatusCode);

        // Someone else holds the write lock: every join waits, and Slack gets an empty acknowledgement in time.
        await using var other = new SqliteConnection($"Data Source={file};Pooling=False");
        await other.OpenAsync();
        await using (var hold = other.CreateCommand())
        {
            hold.CommandText = "BEGIN IMMEDIATE";
            await hold.ExecuteNonQueryAsync();
        }

        var acks = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => PostAsync(client, endpoint, "group join name:\"Algo Club\"", $"U{i:00}")));
        Assert.All(acks, ack => Assert.Equal(HttpStatusCode.OK, ack.StatusCode));
        Assert.All(await Task.WhenAll(acks.Select(a => a.Content.ReadAsStringAsync())), body => Assert.Equal(string.Empty, body));

        process.Terminate();
        await process.WaitForErrorAsync(e => e.Contains("waiting up to", StringComparison.Ordinal), Guard);
        await using (var release = other.CreateCommand())
        {
            release.CommandText = "ROLLBACK";
            await release.ExecuteNonQueryAsync();
        }

        Assert.Equal(0, await process.EndInputAndWaitAsync(Guard));
        var answers = _slack.Calls.Where(c => c.Method == "response_url").Select(c => Encoding.UTF8.GetString(c.Body)).ToList();
        Assert.Equal(50, answers.Count);
        Assert.All(answers, a => Assert.Contains("joined", a, StringComparison.Ordinal));
    }

    private Task<HttpResponseMessage> PostAsync(HttpClient client, Uri endpoint, string text, string user)
    {
        var body = Payloads.Form(Payloads.SlashCommand(text, _slack.HookUrl("h-" + user), user: user));
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, "slack/commands")) { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", SlackSignatureVerifier.Sign(SlackTestHost.SigningSecret, ts, Encoding.UTF8.GetBytes(body)));
        return client.SendAsync(request);
    }

    // The program is listening once a request gets through; until then the connection is refused.
    private static async Task<HttpResponseMessage> FirstAnswerAsync(Func<Task<HttpResponseMessage>> send)
    {
        var deadline = DateTime.UtcNow + Guard;
        while (true)
        {
            try
            {
                return await send();
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
