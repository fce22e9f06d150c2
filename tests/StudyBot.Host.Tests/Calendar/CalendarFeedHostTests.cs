using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using StudyBot.Testing;
using StudyBot.Testing.Calendar;

namespace StudyBot.Host.Tests.Calendar;

/// <summary>
/// Calendar feeds end to end: the real host with its web server on loopback, a member subscribing on the
/// console, and the feed fetched over HTTP and read with the independent iCalendar reader.
/// </summary>
public sealed class CalendarFeedHostTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly HttpClient _http = new();
    private readonly ConcurrentQueue<string> _logs = new();
    private readonly int _port = FreePort();

    public void Dispose()
    {
        _http.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task SubscribedFeed_FollowsSkips_SurvivesARestart_AndStopsWhenRevoked()
    {
        // A Tuesday meeting a month ahead of the host's real clock, in Dublin (its winter offset was wrong before).
        var today = Instant.FromDateTimeOffset(TimeProvider.System.GetUtcNow()).InZone(DateTimeZoneProviders.Tzdb["Europe/Dublin"]).Date;
        var first = today.PlusDays(30).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Tuesday));
        Uri url;
        List<Instant> before;
        using (var conversation = new ConsoleConversation())
        using (var host = Build(conversation))
        {
            await host.StartAsync();
            await conversation.SayAsync("/group create name:\"Algo Club\" timezone:Europe/Dublin");
            await conversation.SayAsync($"/meeting schedule group:\"Algo Club\" title:\"Weekly review\" start:\"{first:uuuu-MM-dd} 19:00\" repeat:\"every tue\" count:4");

            var reply = await conversation.SayAsync("/meeting subscribe group:\"Algo Club\"");

            Assert.Contains("revoke:true", reply, StringComparison.Ordinal);
            // The meeting's card, posted to the channel as the schedule commits, may print just before the private reply.
            Assert.Contains(reply.Split('\n'), l => l.StartsWith("(only @you can see this) ", StringComparison.Ordinal) && l.Contains("calendar", StringComparison.OrdinalIgnoreCase));
            url = new Uri(reply.Split(['\n', ' '], StringSplitOptions.RemoveEmptyEntries).Single(w => w.StartsWith($"http://127.0.0.1:{_port}/calendar/", StringComparison.Ordinal)));
            before = await FetchStartsAsync(url);
            Assert.Equal(4, before.Count);
            Assert.Equal(first.At(new LocalTime(19, 0)).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Dublin"]).ToInstant(), before[0]);

            await conversation.SayAsync($"/meeting skip date:{first.PlusWeeks(1):uuuu-MM-dd} group:\"Algo Club\"");

            Assert.Equal([before[0], before[2], before[3]], await FetchStartsAsync(url));
            conversation.Close();
            await host.StopAsync();
        }

        using (var conversation = new ConsoleConversation())
        using (var host = Build(conversation))
        {
            await host.StartAsync();
            Assert.Equal([before[0], before[2], before[3]], await FetchStartsAsync(url));

            Assert.Contains("no longer works", await conversation.SayAsync("/meeting subscribe group:\"Algo Club\" revoke:true"), StringComparison.Ordinal);

            using var revoked = await _http.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
            conversation.Close();
            await host.StopAsync();
        }

        var token = url.Segments[^1].Replace(".ics", string.Empty, StringComparison.Ordinal);
        Assert.NotEmpty(_logs);
        Assert.DoesNotContain(_logs, l => l.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownToken_Is404()
    {
        using var conversation = new ConsoleConversation();
        using var host = Build(conversation);
        await host.StartAsync();

        using var response = await _http.GetAsync(new Uri($"http://127.0.0.1:{_port}/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        conversation.Close();
        await host.StopAsync();
    }

    private async Task<List<Instant>> FetchStartsAsync(Uri url)
    {
        using var response = await _http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var reader = new IcsReader(await response.Content.ReadAsStringAsync());
        return reader.Starts(LocalTimePolicy.Rfc5545, Instant.MaxValue);
    }

    private IHost Build(ConsoleConversation conversation) =>
        StudyBotHost.Build(
            [],
            console: conversation.Console,
            configure: c => c.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:ConnectionString"] = _database.ConnectionString,
                ["Calendar:PublicUrl"] = $"http://127.0.0.1:{_port}/",
                ["Calendar:ListenUrl"] = $"http://127.0.0.1:{_port}",
                ["Logging:LogLevel:Default"] = "Debug",

                // As an operator would to debug: ASP.NET Core then logs request paths, and a feed's path is its secret.
                ["Logging:LogLevel:Microsoft"] = "Trace",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            }),
            services: s => s.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(_logs)));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
