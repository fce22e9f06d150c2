using StudyBot.Discord.ScheduledEvents;
using StudyBot.Discord.Tests.Fakes;

namespace StudyBot.Discord.Tests.ScheduledEvents;

public sealed class ScheduledEventMirrorTests
{
    private const string Events = "/guilds/200/scheduled-events";

    [Fact]
    public async Task MirroringOff_CreatesNoEvent()
    {
        await using var scenario = await MirrorScenario.CreateAsync();

        await scenario.MirrorAsync();

        Assert.Empty(scenario.EventRequests);
        Assert.Empty(await scenario.LinksAsync());
    }

    [Fact]
    public async Task TurningMirroringOn_CreatesAnEventForTheNextOccurrence()
    {
        await using var scenario = await MirrorScenario.CreateAsync();

        var reply = await scenario.MirrorOnAsync();
        await scenario.MirrorAsync();

        Assert.Equal("Updated **Algo Club**: meetings mirrored as Discord server events.", reply.Text);
        var created = Assert.Single(scenario.EventRequests);
        Assert.Equal($"POST {Events}", created.ToString());
        var body = created.Json;
        Assert.Equal("Graphs", body.GetProperty("name").GetString());
        Assert.Equal(3, body.GetProperty("entity_type").GetInt32());
        Assert.Equal(2, body.GetProperty("privacy_level").GetInt32());
        Assert.Equal("2026-11-24T19:00:00Z", body.GetProperty("scheduled_start_time").GetString());
        Assert.Equal("2026-11-24T20:30:00Z", body.GetProperty("scheduled_end_time").GetString());
        Assert.Equal("Library room 2", body.GetProperty("entity_metadata").GetProperty("location").GetString());
        Assert.Equal("BFS and DFS", body.GetProperty("description").GetString());
        Assert.False(body.TryGetProperty("channel_id", out _));
        var link = Assert.Single(await scenario.LinksAsync());
        Assert.Equal(scenario.Server.LastCreatedMessageId, link.ExternalId);
        Assert.Equal(new NodaTime.LocalDateTime(2026, 11, 24, 19, 0), link.Occurrence);
        scenario.Host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task MeetingWithoutLocationOrAgenda_PointsToTheGroupsChannel()
    {
        await using var scenario = await MirrorScenario.CreateAsync("/meeting schedule group:\"Algo Club\" title:Graphs start:\"2026-11-24 19:00\"");
        await scenario.MirrorOnAsync();

        await scenario.MirrorAsync();

        var body = Assert.Single(scenario.EventRequests).Json;
        Assert.Equal(MeetingEvent.NoLocation, body.GetProperty("entity_metadata").GetProperty("location").GetString());
        Assert.Equal("2026-11-24T20:00:00Z", body.GetProperty("scheduled_end_time").GetString());
        Assert.False(body.TryGetProperty("description", out _));

        await scenario.RunOkAsync("/meeting move date:2026-11-24 to:\"2026-11-24 20:00\" group:\"Algo Club\"");
        await scenario.MirrorAsync();

        // A PATCH keeps fields it is not given, so a missing agenda is sent as an explicit null.
        var patch = scenario.EventRequests[^1].Json;
        Assert.Equal(System.Text.Json.JsonValueKind.Null, patch.GetProperty("description").ValueKind);
        Assert.Equal(MeetingEvent.NoLocation, patch.GetProperty("entity_metadata").GetProperty("location").GetString());
        scenario.Host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task RunningTwice_CreatesNothingTwice()
    {
        await using var scenario = await MirrorScenario.CreateAsync();
        await scenario.MirrorOnAsync();

        await scenario.MirrorAsync();
        await scenario.MirrorAsync();

        Assert.Single(scenario.EventRequests);
        Assert.Single(await scenario.LinksAsync());
    }

    [Fact]
    public async Task TurningMirroringOff_DeletesTheEvent()
    {
        await using var scenario = await MirrorScenario.CreateAsync();
        await scenario.MirrorOnAsync();
        await scenario.MirrorAsync();
        var id = Assert.Single(await scenario.LinksAsync()).ExternalId;

        var reply = await scenario.RunOkAsync("/group settings name:\"Algo Club\" discord-events:false");
        await scenario.MirrorAsync();
        await scenario.MirrorAsync();

        Assert.Equal("Updated **Algo Club**: meetings no longer mirrored as Discord server events.", reply.Text);
        Assert.Equal([$"POST {Events}", $"DELETE {Events}/{id}"], scenario.EventRequests.Select(r => r.ToString()));
        Assert.Empty(await scenario.LinksAsync());
    }

    [Fact]
    public async Task AfterTheOccurrenceStarts_TheNextOneIsMirrored()
    {
        await using var scenario = await MirrorScenario.CreateAsync();
        await scenario.MirrorOnAsync();
        await scenario.MirrorAsync();
        var first = Assert.Single(await scenario.LinksAsync()).ExternalId;

        scenario.Host.Time.Advance(TimeSpan.FromHours(31));
        await scenario.MirrorAsync();

        // The started event is left for Discord to run and complete; a new one shows the next meeting.
        Assert.Equal([$"POST {Events}", $"POST {Events}"], scenario.EventRequests.Select(r => r.ToString()));
        Assert.Equal("2026-12-01T19:00:00Z", scenario.EventRequests[1].Json.GetProperty("scheduled_start_time").GetString());
        var link = Assert.Single(await scenario.LinksAsync());
        Assert.NotEqual(first, link.ExternalId);
        Assert.Equal(new NodaTime.LocalDateTime(2026, 12, 1, 19, 0), link.Occurrence);
    }
}
