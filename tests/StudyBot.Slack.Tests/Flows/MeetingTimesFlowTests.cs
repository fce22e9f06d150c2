using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Slack.Tests.Fakes;

namespace StudyBot.Slack.Tests.Flows;

/// <summary>
/// Times and zones as people type them, through <c>/study</c> on Monday 23 November 2026 12:00Z
/// (13:00 in Berlin, 07:00 in New York): a group zone by city, a start in another zone, until as a
/// dotted date, and the echo that says how it was read.
/// </summary>
public sealed class MeetingTimesFlowTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;
    private SlackTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _host = await SlackTestHost.StartAsync(_slack, socketMode: false);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task ScheduleWithAZoneSuffix_IsStoredOnTheGroupsClock_AndTheEchoShowsTheConversion()
    {
        await _host.CommandAsync(_slack, "group create name:\"Algo Club\" timezone:berlin");

        var reply = await _host.CommandAsync(_slack, "meeting schedule title:\"Study night\" start:\"next tue 7pm EST\" repeat:\"every wed\" reminders:\"2h,3d,1d\" until:\"30.12.2026\"");

        var text = MessageBlocks.FirstText(reply);
        Assert.Contains("Start typed as Tue 24 Nov 2026 19:00 EST (America/New_York): that is Wed 25 Nov 2026 01:00 CET in Europe/Berlin; the series keeps Europe/Berlin's clock.", text, StringComparison.Ordinal);
        Assert.Contains("Reminders: 3 days, 1 day and 2 hours before.", text, StringComparison.Ordinal);
        Assert.Contains("Last date: Wed 30 Dec 2026.", text, StringComparison.Ordinal);
        await using var db = _host.Db();
        Assert.Equal("Europe/Berlin", (await db.Groups.SingleAsync()).TimeZoneId);
        var series = await db.MeetingSeries.SingleAsync();
        Assert.Equal(new LocalDateTime(2026, 11, 25, 1, 0), series.FirstStart);
        Assert.Equal(new LocalDate(2026, 12, 30), series.Until);
    }

    [Fact]
    public async Task AnAmbiguousDate_IsAskedAbout_WithBothReadingsToType()
    {
        await _host.CommandAsync(_slack, "group create name:\"Algo Club\" timezone:berlin");

        var reply = await _host.CommandAsync(_slack, "meeting schedule title:\"Study night\" start:\"3/4 19:00\"");

        Assert.Contains("`3/4` could be 3 April or 4 March. Type `apr 3` or `mar 4`.", MessageBlocks.FirstText(reply), StringComparison.Ordinal);
        await using var db = _host.Db();
        Assert.Empty(await db.MeetingSeries.ToListAsync());
    }
}
