using System.Net;
using System.Text.Json.Nodes;
using StudyBot.Discord.Rest;
using StudyBot.Discord.Tests.Fakes;

namespace StudyBot.Discord.Tests.Rest;

public sealed class RateLimitTests
{
    private static readonly JsonObject Message = new() { ["content"] = "hi", ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } };

    [Fact]
    public async Task ExhaustedBucket_WaitsForResetAfterFromHeaders()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var api = host.Get<DiscordApi>();
        host.Server.Enqueue("POST", "/channels/300/messages", FakeResponse.Ok("""{"id":"1"}""", new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = "5", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "2.5", ["X-RateLimit-Bucket"] = "abcd",
        }));
        await api.CreateMessageAsync("300", Message.DeepClone().AsObject(), null, CancellationToken.None);

        var second = api.CreateMessageAsync("300", Message.DeepClone().AsObject(), null, CancellationToken.None);
        var otherChannel = api.CreateMessageAsync("301", Message.DeepClone().AsObject(), null, CancellationToken.None);
        await host.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2.5));
        await otherChannel;

        Assert.Single(host.Server.Requests, r => r.Path == "/channels/300/messages");
        host.Time.Advance(TimeSpan.FromSeconds(2.5));
        await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, host.Server.Requests.Count(r => r.Path == "/channels/300/messages"));
    }

    [Fact]
    public async Task RouteTooManyRequests_RetriesAfterRetryAfter()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var api = host.Get<DiscordApi>();
        host.Server.Enqueue("POST", "/channels/300/messages", new FakeResponse(429, """{"message":"You are being rate limited.","retry_after":1.5,"global":false}""", new Dictionary<string, string>
        {
            ["X-RateLimit-Scope"] = "user", ["Retry-After"] = "2",
        }));

        var send = api.CreateMessageAsync("300", Message.DeepClone().AsObject(), null, CancellationToken.None);
        await host.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1.5));
        host.Time.Advance(TimeSpan.FromSeconds(1.5));

        Assert.NotNull(await send.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(2, host.Server.Requests.Count(r => r.Path == "/channels/300/messages"));
        Assert.Equal(1, host.Get<DiscordRestClient>().InvalidRequestCount);
    }

    [Fact]
    public async Task GlobalTooManyRequests_HoldsBackEveryRoute()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var api = host.Get<DiscordApi>();
        host.Server.Enqueue("POST", "/channels/300/messages", new FakeResponse(429, """{"message":"You are being rate limited.","retry_after":3,"global":true}""", new Dictionary<string, string>
        {
            ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global",
        }));

        var first = api.CreateMessageAsync("300", Message.DeepClone().AsObject(), null, CancellationToken.None);
        await host.Time.WaitForTimerAsync(TimeSpan.FromSeconds(3));
        host.Time.ForgetTimers();
        var other = api.CreateDmChannelAsync("400", CancellationToken.None);
        await host.Time.WaitForTimerAsync(TimeSpan.FromSeconds(3));

        Assert.DoesNotContain(host.Server.Requests, r => r.Path == "/users/@me/channels");
        host.Time.Advance(TimeSpan.FromSeconds(3));
        await Task.WhenAll(first, (Task)other).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, host.Server.Requests.Count(r => r.Path.StartsWith("/channels/", StringComparison.Ordinal) || r.Path == "/users/@me/channels"));
    }

    [Fact]
    public async Task ServerError_IsRetriedWithBackoff()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var api = host.Get<DiscordApi>();
        host.Server.Enqueue("POST", "/channels/300/messages", new FakeResponse(502, """{"message":"Bad Gateway"}"""));

        var send = api.CreateMessageAsync("300", Message.DeepClone().AsObject(), null, CancellationToken.None);
        await host.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        host.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.NotNull(await send.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(2, host.Server.Requests.Count(r => r.Path == "/channels/300/messages"));
    }

    [Fact]
    public async Task OtherClientError_IsNotRetried()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var api = host.Get<DiscordApi>();
        host.Server.Enqueue("POST", "/channels/300/messages", new FakeResponse(403, """{"message":"Missing Access","code":50001}"""));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => api.CreateMessageAsync("300", Message.DeepClone().AsObject(), null, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.Status);
        Assert.Equal(50001, error.ErrorCode);
        Assert.False(error.IsTransient);
        Assert.Single(host.Server.Requests, r => r.Path == "/channels/300/messages");
    }

    [Fact]
    public async Task InvalidRequestBudget_StopsSendingLongBeforeTheBanThreshold()
    {
        await using var host = await DiscordTestHost.CreateAsync(new() { ["Discord:InvalidRequestBudget"] = "2" });
        var api = host.Get<DiscordApi>();
        for (var i = 0; i < 2; i++)
        {
            host.Server.Enqueue("POST", "/channels/300/messages", new FakeResponse(401, """{"message":"401: Unauthorized","code":0}"""));
            await Assert.ThrowsAsync<DiscordApiException>(() => api.CreateMessageAsync("300", Message.DeepClone().AsObject(), null, CancellationToken.None));
        }

        var refused = await Assert.ThrowsAsync<DiscordApiException>(() => api.CreateMessageAsync("300", Message.DeepClone().AsObject(), null, CancellationToken.None));

        Assert.True(refused.IsTransient);
        Assert.Equal(2, host.Server.Requests.Count(r => r.Path == "/channels/300/messages"));
    }

    [Fact]
    public async Task Requests_CarryBotAuthorizationAndUserAgent()
    {
        await using var host = await DiscordTestHost.CreateAsync();

        await host.Get<DiscordApi>().CreateMessageAsync("300", Message.DeepClone().AsObject(), null, CancellationToken.None);

        var request = Assert.Single(host.Server.Requests);
        Assert.Equal("Bot " + DiscordTestHost.Token, request.Headers["Authorization"]);
        Assert.StartsWith("DiscordBot (", request.Headers["User-Agent"], StringComparison.Ordinal);
    }
}
