using StudyBot.Discord.Tests.Fakes;

namespace StudyBot.Discord.Tests.ScheduledEvents;

public sealed class ScheduledEventMirrorServiceTests
{
    private const string Events = "/guilds/200/scheduled-events";

    [Fact]
    public async Task Service_MirrorsWhenTheSettingChanges_AndTheNextMeetingOnceOneStarts()
    {
        // A long poll, so the only timer at 7 hours is the wake-up for Monday's 19:00 meeting.
        await using var scenario = await MirrorScenario.CreateAsync(
            "/meeting schedule group:\"Algo Club\" title:Graphs start:\"2026-11-23 19:00\" repeat:\"every mon\"",
            new Dictionary<string, string?>
            {
                ["Discord:Gateway"] = "false",
                ["Discord:RegisterCommands"] = "false",
                ["Discord:EventSyncInterval"] = "1.00:00:00",
            });
        await scenario.Host.StartAsync();

        await scenario.MirrorOnAsync();
        var first = await scenario.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path == Events);
        Assert.Equal("2026-11-23T19:00:00Z", first.Json.GetProperty("scheduled_start_time").GetString());

        await scenario.Host.Time.WaitForTimerAsync(TimeSpan.FromHours(7));
        scenario.Host.Time.Advance(TimeSpan.FromHours(7));

        var next = await scenario.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path == Events && r != first);
        Assert.Equal("2026-11-30T19:00:00Z", next.Json.GetProperty("scheduled_start_time").GetString());
        Assert.DoesNotContain(scenario.EventRequests, r => r.Method is "PATCH" or "DELETE");
        scenario.Host.AssertRequestsMatchOpenApi();
    }
}
