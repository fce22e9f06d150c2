using StudyBot.Discord.Tests.Fakes;

namespace StudyBot.Discord.Tests.Interactions;

/// <summary>
/// A reply that turns out otherwise than its command declared, after the deadline on the gateway: the deferral is
/// resolved with a neutral line first, so nothing private is ever in a message the channel sees.
/// </summary>
public sealed class GatewayDeferralTests
{
    [Fact]
    public async Task SlowPublicCommandFailing_ResolvesThePublicDeferralNeutrallyThenAnswersPrivately()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("41", "slow", [Payloads.Option("answer", 3, "error")]));
        await host.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        host.Time.Advance(TimeSpan.FromSeconds(2));
        var deferral = (await host.CallbackAsync("41")).Json;
        host.Signals.SlowGate.SetResult();
        await host.Server.WaitForRequestAsync(r => r.Method == "DELETE" && r.Path == "/webhooks/100/itoken-41/messages/@original");

        Assert.Equal("""{"type":5}""", deferral.GetRawText());
        var requests = InteractionRequests.Of(host.Server, "41");
        Assert.Equal(
            [
                "POST /interactions/41/itoken-41/callback",
                "PATCH /webhooks/100/itoken-41/messages/@original",
                "POST /webhooks/100/itoken-41",
                "DELETE /webhooks/100/itoken-41/messages/@original",
            ],
            InteractionRequests.Lines(requests));
        Assert.Equal("Answered privately.", requests[1].Json.GetProperty("content").GetString());
        Assert.Equal(SlowCommand.ErrorText, requests[2].Json.GetProperty("content").GetString());
        Assert.Equal(64, requests[2].Json.GetProperty("flags").GetInt32());
        Assert.Equal([requests[2]], requests.Where(r => r.JsonBody?.Contains("Secret trouble", StringComparison.Ordinal) == true));
        host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task SlowPrivateDeferral_WhoseReplyIsPublic_EndsAsPublicFollowUp()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("42", "slow", [Payloads.Option("private", 5, true), Payloads.Option("answer", 3, "public")]));
        await host.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        host.Time.Advance(TimeSpan.FromSeconds(2));
        var deferral = (await host.CallbackAsync("42")).Json;
        host.Signals.SlowGate.SetResult();
        await host.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path == "/webhooks/100/itoken-42");

        Assert.Equal(64, deferral.GetProperty("data").GetProperty("flags").GetInt32());
        var requests = InteractionRequests.Of(host.Server, "42");
        Assert.Equal(
            [
                "POST /interactions/42/itoken-42/callback",
                "PATCH /webhooks/100/itoken-42/messages/@original",
                "POST /webhooks/100/itoken-42",
            ],
            InteractionRequests.Lines(requests));
        Assert.Equal("Posted in the channel.", requests[1].Json.GetProperty("content").GetString());
        Assert.Equal("done at last", requests[2].Json.GetProperty("content").GetString());
        Assert.False(requests[2].Json.TryGetProperty("flags", out _));
        host.AssertRequestsMatchOpenApi();
    }
}
