using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using StudyBot.Discord.Tests.Fakes;
using StudyBot.Testing;

namespace StudyBot.Discord.Tests.Polls;

/// <summary>
/// Polls on Discord: an open poll goes out as a native poll whose votes come back as gateway events, found by the
/// stored link from message to poll; an anonymous one uses buttons; closing expires the native poll.
/// </summary>
public sealed class NativePollTests
{
    private const string Bob = "401";

    [Fact]
    public async Task ANativePoll_TakesVotesFromGatewayEvents_AndClosingExpiresIt()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();
        await CommandAsync(host, gateway, "61", "group", Payloads.Subcommand("create", Payloads.Option("name", 3, "Algo Club")));
        var created = await CommandAsync(host, gateway, "62", "poll", Payloads.Subcommand("create", Payloads.Option("question", 3, "Which day?"), Payloads.Option("options", 3, "Tue | Wed | Thu")));
        Assert.StartsWith("Poll #1 is posted", created, StringComparison.Ordinal);

        await OutboxRun.DeliverDueAsync(host.Services, host.Time);
        var post = await host.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith($"/channels/{Payloads.ChannelId}/messages", StringComparison.Ordinal));
        var poll = post.Json.GetProperty("poll");
        Assert.Equal(["Tue", "Wed", "Thu"], poll.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("poll_media").GetProperty("text").GetString()));
        Assert.Equal(24, poll.GetProperty("duration").GetInt32());
        Assert.False(post.Json.TryGetProperty("components", out var buttons) && buttons.GetArrayLength() > 0);
        var messageId = host.Server.LastCreatedMessageId!;

        await VoteAsync(host, gateway, 63, "MESSAGE_POLL_VOTE_ADD", Payloads.UserId, messageId, answerId: 2);
        Assert.Equal([1], await ChoicesAsync(host, Payloads.UserId));

        // Changing a vote on Discord removes the old answer and adds the new one.
        await VoteAsync(host, gateway, 64, "MESSAGE_POLL_VOTE_REMOVE", Payloads.UserId, messageId, answerId: 2);
        await VoteAsync(host, gateway, 65, "MESSAGE_POLL_VOTE_ADD", Payloads.UserId, messageId, answerId: 3);
        Assert.Equal([2], await ChoicesAsync(host, Payloads.UserId));

        var closed = await CommandAsync(host, gateway, "66", "poll", Payloads.Subcommand("close"));
        Assert.StartsWith("Poll #1 is closed", closed, StringComparison.Ordinal);
        await OutboxRun.DeliverDueAsync(host.Services, host.Time);

        await host.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith($"/channels/{Payloads.ChannelId}/polls/{messageId}/expire", StringComparison.Ordinal));
        var result = await host.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal) && (r.JsonBody ?? string.Empty).Contains("has closed", StringComparison.Ordinal));
        Assert.Contains("Winner: **Thu** with 1 vote", result.JsonBody, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Server.Requests, r => r.Method == "PATCH" && r.Path.Contains(messageId, StringComparison.Ordinal));
        host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task AnAnonymousPoll_UsesButtons_AndTheCardIsEditedInPlaceWithCountsOnly()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();
        await CommandAsync(host, gateway, "71", "group", Payloads.Subcommand("create", Payloads.Option("name", 3, "Algo Club")));
        await gateway.DispatchAsync("INTERACTION_CREATE", 74, Payloads.By(Payloads.Command("74", "group", Payloads.Subcommand("join", Payloads.Option("name", 3, "Algo Club"))), Bob, "Bob"));
        await host.CallbackAsync("74");
        await CommandAsync(host, gateway, "75", "poll", Payloads.Subcommand("create", Payloads.Option("question", 3, "Which day?"), Payloads.Option("options", 3, "Tue | Wed"), Payloads.Option("anonymous", 5, true)));
        await OutboxRun.DeliverDueAsync(host.Services, host.Time);
        var post = await host.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal));
        Assert.False(post.Json.TryGetProperty("poll", out _));
        var ids = post.Json.GetProperty("components").EnumerateArray().SelectMany(row => row.GetProperty("components").EnumerateArray()).Select(b => b.GetProperty("custom_id").GetString()).ToList();
        Assert.Equal(["sb1:pollvote:1:0:toggle", "sb1:pollvote:1:1:toggle"], ids);
        var card = host.Server.LastCreatedMessageId;

        await gateway.DispatchAsync("INTERACTION_CREATE", 76, Payloads.By(Payloads.Button("76", "sb1:pollvote:1:1:toggle"), Bob, "Bob"));
        var answer = (await host.CallbackAsync("76")).Json.GetProperty("data");
        Assert.Equal(64, answer.GetProperty("flags").GetInt32());
        Assert.StartsWith("Voted for **Wed**.", answer.GetProperty("content").GetString(), StringComparison.Ordinal);

        await OutboxRun.DeliverDueAsync(host.Services, host.Time);
        var edit = await host.Server.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith($"/channels/{Payloads.ChannelId}/messages/{card}", StringComparison.Ordinal));
        Assert.Contains("1 vote", edit.JsonBody, StringComparison.Ordinal);
        Assert.DoesNotContain(Bob, edit.JsonBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob", edit.JsonBody, StringComparison.Ordinal);
        host.AssertRequestsMatchOpenApi();
    }

    private static async Task<string> CommandAsync(DiscordTestHost host, FakeGatewayConnection gateway, string id, string name, JsonArray options)
    {
        await gateway.DispatchAsync("INTERACTION_CREATE", int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), Payloads.Command(id, name, options));
        return (await host.CallbackAsync(id)).Json.GetProperty("data").GetProperty("content").GetString()!;
    }

    // A vote that changes the count queues an update of the card, which is the signal it was taken.
    private static async Task VoteAsync(DiscordTestHost host, FakeGatewayConnection gateway, int sequence, string type, string userId, string messageId, int answerId)
    {
        while (host.Signals.OutboxChanged.Reader.TryRead(out _))
        {
            // Signals of earlier units of work (the poll's creation) are not this vote's.
        }

        var queued = host.Signals.OutboxChanged.Reader.ReadAsync().AsTask();
        await gateway.DispatchAsync(type, sequence, new JsonObject
        {
            ["user_id"] = userId, ["channel_id"] = Payloads.ChannelId, ["message_id"] = messageId, ["guild_id"] = Payloads.GuildId, ["answer_id"] = answerId,
        });
        await queued.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static async Task<List<int>> ChoicesAsync(DiscordTestHost host, string userId)
    {
        await using var db = host.Harness.Db();
        return await db.PollVotes.Where(v => v.UserId == userId).Select(v => v.OptionIndex).ToListAsync();
    }
}
