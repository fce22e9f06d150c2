using System.Text.Json.Nodes;
using StudyBot.Discord.Tests.Fakes;
using StudyBot.Testing;

namespace StudyBot.Discord.Tests.Mentors;

/// <summary>Mentoring on Discord: a question reaches the mentor by DM with a Reply button, which opens a modal whose answer reaches the member by DM.</summary>
public sealed class MentorInteractionTests
{
    private const string Bob = "401";
    private const string Carol = "402";

    [Fact]
    public async Task AQuestion_ReachesTheMentorByDm_AndTheirAnswerFromTheModalReachesTheMember()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();
        await CommandAsync(host, gateway, "81", Payloads.Command("81", "group", Payloads.Subcommand("create", Payloads.Option("name", 3, "Algo Club"))));
        await CommandAsync(host, gateway, "82", Payloads.By(Payloads.Command("82", "group", Payloads.Subcommand("join", Payloads.Option("name", 3, "Algo Club"))), Bob, "Bob"));
        var linked = await CommandAsync(host, gateway, "83", Payloads.By(Payloads.Command("83", "mentor", Payloads.Subcommand("link", Payloads.Option("member", 6, Bob), Payloads.Option("mentor", 6, Carol))), Bob, "Bob"));
        Assert.Contains($"<@{Bob}> is now mentored by <@{Carol}>", linked.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal($"[\"{Bob}\",\"{Carol}\"]", linked.GetProperty("allowed_mentions").GetProperty("users").GetRawText());
        Assert.Contains(host.Server.Requests, r => r.Method == "GET" && r.Path.EndsWith($"/guilds/{Payloads.GuildId}/members/{Carol}", StringComparison.Ordinal));   // the mentor is in the guild
        await CommandAsync(host, gateway, "84", Payloads.By(Payloads.Command("84", "mentor", Payloads.Subcommand("ask", Payloads.Option("question", 3, "How do I start exercise 3.2?"))), Bob, "Bob"));

        await OutboxRun.DeliverDueAsync(host.Services, host.Time);
        var dm = await host.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith("/users/@me/channels", StringComparison.Ordinal));
        Assert.Equal(Carol, dm.Json.GetProperty("recipient_id").GetString());
        var question = await host.Server.WaitForRequestAsync(r => r.Method == "POST" && (r.JsonBody ?? string.Empty).Contains("asks for your help", StringComparison.Ordinal));
        var button = question.Json.GetProperty("components")[0].GetProperty("components")[0];
        Assert.Equal(("Reply", "sb1:mentor-reply:1:q1"), (button.GetProperty("label").GetString(), button.GetProperty("custom_id").GetString()));

        await gateway.DispatchAsync("INTERACTION_CREATE", 85, Payloads.By(Payloads.Button("85", "sb1:mentor-reply:1:q1"), Carol, "Carol"));
        var modal = (await host.CallbackAsync("85")).Json;
        Assert.Equal(9, modal.GetProperty("type").GetInt32());
        Assert.Equal("sb1:mentor-answer:1:q1", modal.GetProperty("data").GetProperty("custom_id").GetString());

        await gateway.DispatchAsync("INTERACTION_CREATE", 86, Payloads.By(Payloads.ModalSubmit("86", "sb1:mentor-answer:1:q1", ("answer", "Start from the recursive definition.")), Carol, "Carol"));
        var sent = (await host.CallbackAsync("86")).Json.GetProperty("data");
        Assert.Equal("Sent your answer to Bob.", sent.GetProperty("content").GetString());
        Assert.Equal(64, sent.GetProperty("flags").GetInt32());

        await OutboxRun.DeliverDueAsync(host.Services, host.Time);
        var answer = await host.Server.WaitForRequestAsync(r => r.Method == "POST" && (r.JsonBody ?? string.Empty).Contains("answered your question", StringComparison.Ordinal));
        Assert.Contains("Start from the recursive definition.", answer.JsonBody, StringComparison.Ordinal);
        host.AssertRequestsMatchOpenApi();
    }

    [Theory]
    [InlineData("""{"message":"Unknown Member","code":10007}""", "Carol is not in this workspace, so they cannot be a mentor.")]
    [InlineData("""{"message":"Unknown User","code":10013}""", "Carol is not in this workspace, so they cannot be a mentor.")]
    public async Task AMentorWhoIsNotInTheGuild_IsRefusedPrivately_AndNothingIsStored(string notFound, string error)
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();
        await CommandAsync(host, gateway, "81", Payloads.Command("81", "group", Payloads.Subcommand("create", Payloads.Option("name", 3, "Algo Club"))));
        await CommandAsync(host, gateway, "82", Payloads.By(Payloads.Command("82", "group", Payloads.Subcommand("join", Payloads.Option("name", 3, "Algo Club"))), Bob, "Bob"));
        host.Server.Enqueue("GET", $"/guilds/{Payloads.GuildId}/members/{Carol}", new FakeResponse(404, notFound));

        var refused = await CommandAsync(host, gateway, "83", Payloads.Resolving(Payloads.By(Payloads.Command("83", "mentor", Payloads.Subcommand("link", Payloads.Option("member", 6, Bob), Payloads.Option("mentor", 6, Carol))), Bob, "Bob"), Carol, "Carol"));

        Assert.StartsWith(error, refused.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, refused.GetProperty("flags").GetInt32());
        var list = await CommandAsync(host, gateway, "84", Payloads.Command("84", "mentor", Payloads.Subcommand("list")));
        Assert.StartsWith("Algo Club has no mentoring pairs yet.", list.GetProperty("content").GetString(), StringComparison.Ordinal);
        host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task ABotAsMentor_IsRefused()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();
        await CommandAsync(host, gateway, "81", Payloads.Command("81", "group", Payloads.Subcommand("create", Payloads.Option("name", 3, "Algo Club"))));
        host.Server.Enqueue("GET", $"/guilds/{Payloads.GuildId}/members/{Carol}", FakeResponse.Ok($$"""{"user":{"id":"{{Carol}}","username":"helper","bot":true},"roles":[],"joined_at":"2026-01-01T00:00:00+00:00","deaf":false,"mute":false}"""));

        var refused = await CommandAsync(host, gateway, "83", Payloads.Resolving(Payloads.Command("83", "mentor", Payloads.Subcommand("link", Payloads.Option("member", 6, Payloads.UserId), Payloads.Option("mentor", 6, Carol))), Carol, "Carol"));

        Assert.Equal("Carol is a bot; a mentor has to be a person.", refused.GetProperty("content").GetString());
    }

    private static async Task<System.Text.Json.JsonElement> CommandAsync(DiscordTestHost host, FakeGatewayConnection gateway, string id, JsonObject interaction)
    {
        await gateway.DispatchAsync("INTERACTION_CREATE", int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), interaction);
        return (await host.CallbackAsync(id)).Json.GetProperty("data");
    }
}
