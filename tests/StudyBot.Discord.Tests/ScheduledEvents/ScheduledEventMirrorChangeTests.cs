using StudyBot.Discord.Tests.Fakes;

namespace StudyBot.Discord.Tests.ScheduledEvents;

public sealed class ScheduledEventMirrorChangeTests
{
    private const string Events = "/guilds/200/scheduled-events";

    [Fact]
    public async Task MovingTheOccurrence_PatchesTheEvent()
    {
        await using var scenario = await MirrorScenario.CreateAsync();
        await scenario.MirrorOnAsync();
        await scenario.MirrorAsync();
        var id = Assert.Single(await scenario.LinksAsync()).ExternalId;

        await scenario.RunOkAsync("/meeting move date:2026-11-24 to:\"2026-11-25 18:00\" group:\"Algo Club\"");
        await scenario.MirrorAsync();

        var patch = scenario.EventRequests[^1];
        Assert.Equal($"PATCH {Events}/{id}", patch.ToString());
        Assert.Equal("2026-11-25T18:00:00Z", patch.Json.GetProperty("scheduled_start_time").GetString());
        Assert.Equal("2026-11-25T19:30:00Z", patch.Json.GetProperty("scheduled_end_time").GetString());
        Assert.Equal(2, scenario.EventRequests.Count);
        var link = Assert.Single(await scenario.LinksAsync());
        Assert.Equal(id, link.ExternalId);
        Assert.Equal(new NodaTime.LocalDateTime(2026, 11, 24, 19, 0), link.Occurrence);
        scenario.Host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task SkippingTheOccurrence_PatchesTheEventToTheFollowingOne()
    {
        await using var scenario = await MirrorScenario.CreateAsync();
        await scenario.MirrorOnAsync();
        await scenario.MirrorAsync();

        await scenario.RunOkAsync("/meeting skip date:2026-11-24 group:\"Algo Club\"");
        await scenario.MirrorAsync();

        var patch = scenario.EventRequests[^1];
        Assert.Equal("PATCH", patch.Method);
        Assert.Equal("2026-12-01T19:00:00Z", patch.Json.GetProperty("scheduled_start_time").GetString());
        Assert.Equal(new NodaTime.LocalDateTime(2026, 12, 1, 19, 0), Assert.Single(await scenario.LinksAsync()).Occurrence);
    }

    [Fact]
    public async Task CancellingTheSeries_DeletesTheEvent()
    {
        await using var scenario = await MirrorScenario.CreateAsync();
        await scenario.MirrorOnAsync();
        await scenario.MirrorAsync();
        var id = Assert.Single(await scenario.LinksAsync()).ExternalId;

        await scenario.RunOkAsync("/meeting cancel group:\"Algo Club\"");
        await scenario.MirrorAsync();

        Assert.Equal($"DELETE {Events}/{id}", scenario.EventRequests[^1].ToString());
        Assert.Empty(await scenario.LinksAsync());
    }

    [Fact]
    public async Task PatchAnswered404_ForgetsTheDeletedEventAndCreatesANewOne()
    {
        await using var scenario = await MirrorScenario.CreateAsync();
        await scenario.MirrorOnAsync();
        await scenario.MirrorAsync();
        var deleted = Assert.Single(await scenario.LinksAsync()).ExternalId;
        scenario.Server.Enqueue("PATCH", Events, new FakeResponse(404, """{"message":"Unknown Guild Scheduled Event","code":10070}"""));

        await scenario.RunOkAsync("/meeting move date:2026-11-24 to:\"2026-11-25 18:00\" group:\"Algo Club\"");
        await scenario.MirrorAsync();

        Assert.Equal([$"POST {Events}", $"PATCH {Events}/{deleted}", $"POST {Events}"], scenario.EventRequests.Select(r => r.ToString()));
        Assert.Equal("2026-11-25T18:00:00Z", scenario.EventRequests[2].Json.GetProperty("scheduled_start_time").GetString());
        var link = Assert.Single(await scenario.LinksAsync());
        Assert.NotEqual(deleted, link.ExternalId);
        scenario.Host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task DeleteAnswered404_ForgetsTheEvent()
    {
        await using var scenario = await MirrorScenario.CreateAsync();
        await scenario.MirrorOnAsync();
        await scenario.MirrorAsync();
        scenario.Server.Enqueue("DELETE", Events, new FakeResponse(404, """{"message":"Unknown Guild Scheduled Event","code":10070}"""));

        await scenario.RunOkAsync("/meeting cancel group:\"Algo Club\"");
        await scenario.MirrorAsync();
        await scenario.MirrorAsync();

        Assert.Equal(2, scenario.EventRequests.Count);
        Assert.Empty(await scenario.LinksAsync());
    }

    [Fact]
    public async Task FailedCreate_IsRetriedByTheNextRun()
    {
        await using var scenario = await MirrorScenario.CreateAsync();
        await scenario.MirrorOnAsync();
        scenario.Server.Enqueue("POST", Events, new FakeResponse(400, """{"message":"Invalid Form Body","code":50035}"""));

        await scenario.MirrorAsync();
        Assert.Empty(await scenario.LinksAsync());
        await scenario.MirrorAsync();

        Assert.Equal([$"POST {Events}", $"POST {Events}"], scenario.EventRequests.Select(r => r.ToString()));
        Assert.Single(await scenario.LinksAsync());
    }

    [Fact]
    public async Task FullGuild_IsSkippedWithoutStoringALink()
    {
        await using var scenario = await MirrorScenario.CreateAsync();
        await scenario.MirrorOnAsync();
        await scenario.RunOkAsync("/meeting schedule group:\"Algo Club\" title:Trees start:\"2026-11-26 19:00\"");
        scenario.Server.Enqueue("POST", Events, new FakeResponse(400, """{"message":"Maximum number of uncompleted guild scheduled events reached (100)","code":30038}"""));

        await scenario.MirrorAsync();

        // Discord said the guild is full, so the second series is not even tried in this run.
        Assert.Single(scenario.EventRequests);
        Assert.Empty(await scenario.LinksAsync());
    }
}
