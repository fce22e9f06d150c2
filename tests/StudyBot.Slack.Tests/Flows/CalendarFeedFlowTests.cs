using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using StudyBot.Application.Calendar;
using StudyBot.Slack.Tests.Fakes;
using StudyBot.Testing.Calendar;

namespace StudyBot.Slack.Tests.Flows;

/// <summary><c>/study meeting subscribe</c>: the private feed link comes back ephemeral, and the feed it names holds the group's meetings.</summary>
public sealed partial class CalendarFeedFlowTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;
    private SlackTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _host = await SlackTestHost.StartAsync(_slack, socketMode: false, settings: new Dictionary<string, string?> { ["Calendar:PublicUrl"] = "https://studybot.example.org" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Subscribe_AnswersPrivately_WithALinkToTheGroupsMeetings()
    {
        await CommandAsync("group create name:\"Algo Club\" timezone:America/St_Johns");
        await CommandAsync("meeting schedule group:\"Algo Club\" title:\"Weekly review\" start:\"2026-12-01 19:00\" repeat:\"every tue\" count:2");

        var answer = await CommandAsync("meeting subscribe group:\"Algo Club\"");

        Assert.Equal("ephemeral", answer["response_type"]!.GetValue<string>());
        var token = FeedLink().Match(MessageBlocks.FirstText(answer)).Groups["token"].Value;
        Assert.NotEmpty(token);
        await using var scope = _host.Services.CreateAsyncScope();
        var feed = await scope.ServiceProvider.GetRequiredService<CalendarFeeds>().RenderAsync(token, CancellationToken.None);
        Assert.Equal(
            [Instant.FromUtc(2026, 12, 1, 22, 30), Instant.FromUtc(2026, 12, 8, 22, 30)],
            new IcsReader(feed!).Starts(LocalTimePolicy.Rfc5545, Instant.MaxValue));
    }

    [GeneratedRegex(@"https://studybot\.example\.org/calendar/(?<token>[A-Za-z0-9_-]+)\.ics")]
    private static partial Regex FeedLink();

    private Task<JsonObject> CommandAsync(string text) => _host.CommandAsync(_slack, text);
}
