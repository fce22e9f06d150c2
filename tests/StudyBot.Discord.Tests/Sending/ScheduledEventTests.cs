using StudyBot.Discord.ScheduledEvents;
using StudyBot.Discord.Tests.Fakes;

namespace StudyBot.Discord.Tests.Sending;

public sealed class ScheduledEventTests
{
    [Fact]
    public async Task ExternalEvent_IsCreatedUpdatedAndDeleted()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var events = host.Get<DiscordScheduledEvents>();
        var start = new DateTimeOffset(2026, 12, 1, 18, 0, 0, TimeSpan.Zero);
        var meeting = new ExternalScheduledEvent("Algo Club: graphs", "Agenda: BFS, DFS", "https://meet.example/algo", start, start.AddHours(1));

        var id = await events.CreateAsync(Payloads.GuildId, meeting, CancellationToken.None);
        await events.UpdateAsync(Payloads.GuildId, id, meeting with { Start = start.AddDays(1), End = start.AddDays(1).AddHours(1) }, CancellationToken.None);
        await events.DeleteAsync(Payloads.GuildId, id, CancellationToken.None);

        var requests = host.Server.Requests;
        Assert.Equal(["POST /guilds/200/scheduled-events", $"PATCH /guilds/200/scheduled-events/{id}", $"DELETE /guilds/200/scheduled-events/{id}"], requests.Select(r => r.ToString()));
        var created = requests[0].Json;
        Assert.Equal(3, created.GetProperty("entity_type").GetInt32());
        Assert.Equal(2, created.GetProperty("privacy_level").GetInt32());
        Assert.Equal("2026-12-01T18:00:00Z", created.GetProperty("scheduled_start_time").GetString());
        Assert.Equal("https://meet.example/algo", created.GetProperty("entity_metadata").GetProperty("location").GetString());
        host.AssertRequestsMatchOpenApi();
    }
}
