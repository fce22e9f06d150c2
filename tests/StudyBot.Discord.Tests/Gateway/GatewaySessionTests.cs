using System.Text.Json;
using System.Text.Json.Nodes;
using StudyBot.Discord.Gateway;
using StudyBot.Discord.Tests.Fakes;

namespace StudyBot.Discord.Tests.Gateway;

public sealed class GatewaySessionTests
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromMilliseconds(41250);

    [Fact]
    public async Task NormalSession_IdentifiesWithMinimalIntentsAndHeartbeats()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        host.Server.AckHeartbeats = false;
        await host.StartAsync();
        var connection = await host.Server.NextConnectionAsync();
        await connection.SendHelloAsync();

        var heartbeat = await connection.ReceiveHeartbeatAsync();
        var identify = (await connection.ReceiveOpAsync(2)).GetProperty("d");

        Assert.Equal(DiscordTestHost.Token, identify.GetProperty("token").GetString());
        Assert.Equal((1 << 0) | (1 << 24) | (1 << 25), identify.GetProperty("intents").GetInt32());
        Assert.Equal("[0,1]", identify.GetProperty("shard").GetRawText());
        Assert.Equal(JsonValueKind.Null, heartbeat.GetProperty("d").ValueKind);

        // The ACK, READY and an interaction go out in order, so its answer proves the bot has read the ACK.
        await connection.SendAsync(new JsonObject { ["op"] = 11 });
        await connection.SendReadyAsync("session-1", host.Server.GatewayUrl.ToString());
        await connection.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("1", "help"));
        await host.Server.WaitForRequestAsync(r => r.Path.StartsWith("/interactions/1/", StringComparison.Ordinal));
        await host.Time.WaitForTimerAsync(Heartbeat);
        host.Time.Advance(Heartbeat);

        var second = await connection.ReceiveHeartbeatAsync();
        Assert.Equal(2, second.GetProperty("d").GetInt32());
        host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task Reconnect_Op7_ClosesWithoutEndingSessionAndResumes()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var first = await host.ConnectAsync();
        await first.DispatchAsync("GUILD_CREATE", 2, new JsonObject { ["id"] = Payloads.GuildId });

        await first.SendAsync(new JsonObject { ["op"] = 7, ["d"] = null });

        Assert.Equal(4000, await first.Closed.WaitAsync(TimeSpan.FromSeconds(10)));
        var second = await host.Server.NextConnectionAsync();
        await second.SendHelloAsync();
        var resume = (await second.ReceiveOpAsync(6)).GetProperty("d");
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.Equal(2, resume.GetProperty("seq").GetInt32());
        Assert.Equal(DiscordTestHost.Token, resume.GetProperty("token").GetString());
    }

    [Fact]
    public async Task InvalidSession_Resumable_Resumes()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var first = await host.ConnectAsync();

        await first.SendAsync(new JsonObject { ["op"] = 9, ["d"] = true });

        var second = await host.Server.NextConnectionAsync();
        await second.SendHelloAsync();
        await second.ReceiveOpAsync(6);
    }

    [Fact]
    public async Task InvalidSession_NotResumable_IdentifiesAgainAfterItsIdentifySlot()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var first = await host.ConnectAsync();

        await first.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false });

        var second = await host.Server.NextConnectionAsync();
        await second.SendHelloAsync();
        await host.Time.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        host.Time.Advance(TimeSpan.FromSeconds(5));
        var identify = await second.ReceiveOpAsync(2);
        Assert.Equal(DiscordTestHost.Token, identify.GetProperty("d").GetProperty("token").GetString());
    }

    [Fact]
    public async Task MissedHeartbeatAck_ClosesZombieAndResumes()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        host.Server.AckHeartbeats = false;
        var first = await host.ConnectAsync();
        host.Server.AckHeartbeats = true;

        await host.Time.WaitForTimerAsync(Heartbeat);
        host.Time.Advance(Heartbeat);

        Assert.Equal(4000, await first.Closed.WaitAsync(TimeSpan.FromSeconds(10)));
        var second = await host.Server.NextConnectionAsync();
        await second.SendHelloAsync();
        var resume = (await second.ReceiveOpAsync(6)).GetProperty("d");
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4014)]
    public async Task FatalCloseCode_StopsTheShardWithoutReconnecting(int code)
    {
        await using var host = await DiscordTestHost.CreateAsync();
        await host.StartAsync();
        var connection = await host.Server.NextConnectionAsync();
        await connection.SendHelloAsync();
        await connection.ReceiveOpAsync(2);

        await connection.CloseAsync(code);

        var gateway = host.Get<GatewayHostedService>();
        await gateway.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        var shard = Assert.Single(await gateway.Shards);
        Assert.Equal(1, shard.Connections);
    }

    [Fact]
    public async Task ResumableCloseCode_ResumesOnTheResumeUrl()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var first = await host.ConnectAsync();

        await first.CloseAsync(4000);

        var second = await host.Server.NextConnectionAsync();
        await second.SendHelloAsync();
        await second.ReceiveOpAsync(6);
    }

    [Fact]
    public async Task EventsReplayedAfterResume_AreHandledOnce()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var first = await host.ConnectAsync();
        await first.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("41", "help"));
        await host.CallbackAsync("41");
        await first.SendAsync(new JsonObject { ["op"] = 7, ["d"] = null });

        var second = await host.Server.NextConnectionAsync();
        await second.SendHelloAsync();
        Assert.Equal(2, (await second.ReceiveOpAsync(6)).GetProperty("d").GetProperty("seq").GetInt32());
        await second.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("41", "help"));
        await second.DispatchAsync("INTERACTION_CREATE", 3, Payloads.Command("41", "help"));
        await second.DispatchAsync("INTERACTION_CREATE", 4, Payloads.Command("42", "help"));
        await second.DispatchAsync("RESUMED", 5, new JsonObject());
        await host.CallbackAsync("42");

        Assert.Single(host.Server.Requests, r => r.Path.StartsWith("/interactions/41/", StringComparison.Ordinal));
        host.AssertRequestsMatchOpenApi();
    }
}
