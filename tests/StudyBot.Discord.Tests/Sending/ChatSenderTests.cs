using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Discord.Tests.Fakes;

namespace StudyBot.Discord.Tests.Sending;

public sealed class ChatSenderTests
{
    [Fact]
    public async Task ChannelMessage_CarriesNonceAndPingsOnlyNamedUsers()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var reply = new Reply
        {
            Text = $"Reminder for {RichText.User("400", "Alice")} and {RichText.User("401", "Bob")} at {RichText.Timestamp(1795000000, "Tue 19:00")}. @everyone",
            MentionUserIds = ["400"],
        };

        await Sender(host).SendAsync(new OutboundMessage(Platform.Discord, Payloads.GuildId, "300", null, reply, "meeting:7:reminder:24h"), CancellationToken.None);

        var body = Assert.Single(host.Server.Requests).Json;
        Assert.Equal("Reminder for <@400> and <@401> at Tue 19:00 (your time: <t:1795000000:F>). @\u200Beveryone", body.GetProperty("content").GetString());
        Assert.Equal("""{"parse":[],"users":["400"]}""", body.GetProperty("allowed_mentions").GetRawText());
        Assert.Equal(25, body.GetProperty("nonce").GetString()!.Length);
        Assert.True(body.GetProperty("enforce_nonce").GetBoolean());
        host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task SameIdempotencyKey_SendsSameNonce()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var message = new OutboundMessage(Platform.Discord, Payloads.GuildId, "300", null, Reply.Public("hi"), "checkin:3:400:2026-11-23");

        await Sender(host).SendAsync(message, CancellationToken.None);
        await Sender(host).SendAsync(message, CancellationToken.None);

        var nonces = host.Server.Requests.Select(r => r.Json.GetProperty("nonce").GetString()).Distinct();
        Assert.Single(nonces);
    }

    [Fact]
    public async Task DirectMessage_OpensTheDmChannelFirst()
    {
        await using var host = await DiscordTestHost.CreateAsync();

        await Sender(host).SendAsync(new OutboundMessage(Platform.Discord, Payloads.GuildId, null, "400", Reply.Public("Time to check in"), "k1"), CancellationToken.None);

        var requests = host.Server.Requests;
        Assert.Equal("/users/@me/channels", requests[0].Path);
        Assert.Equal("400", requests[0].Json.GetProperty("recipient_id").GetString());
        Assert.Matches("^/channels/[0-9]+/messages$", requests[1].Path);
        host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task UnknownChannel_IsAPermanentFailure()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        host.Server.Enqueue("POST", "/channels/300/messages", new FakeResponse(404, """{"message":"Unknown Channel","code":10003}"""));

        var error = await Assert.ThrowsAsync<ChatSendException>(() =>
            Sender(host).SendAsync(new OutboundMessage(Platform.Discord, Payloads.GuildId, "300", null, Reply.Public("hi"), "k2"), CancellationToken.None));

        Assert.True(error.IsPermanent);
    }

    [Fact]
    public async Task NativePoll_IsSentWhereItLanded_AnonymousPollUsesButtons()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var open = new Reply { Text = "Vote!", Poll = new ReplyPoll(5, "Next topic?", ["Graphs", "DP", "Strings"], 48, AllowMultiple: true, Anonymous: false) };
        var secret = new Reply { Text = "Vote secretly!", Poll = new ReplyPoll(6, "Who leads?", ["Ann", "Ben"], 24, AllowMultiple: false, Anonymous: true) };

        var landed = await Sender(host).SendAsync(new OutboundMessage(Platform.Discord, Payloads.GuildId, "300", null, open, "poll:5"), CancellationToken.None);
        await Sender(host).SendAsync(new OutboundMessage(Platform.Discord, Payloads.GuildId, "300", null, secret, "poll:6"), CancellationToken.None);

        var poll = host.Server.Requests[0].Json.GetProperty("poll");
        Assert.Equal(3, poll.GetProperty("answers").GetArrayLength());
        Assert.Equal(48, poll.GetProperty("duration").GetInt32());
        Assert.Equal("300", landed!.ChannelId);
        Assert.NotEqual(host.Server.LastCreatedMessageId, landed.MessageId);
        var anonymous = host.Server.Requests[1].Json;
        Assert.False(anonymous.TryGetProperty("poll", out _));
        Assert.Equal("sb1:pollvote:6:1:toggle", anonymous.GetProperty("components")[0].GetProperty("components")[1].GetProperty("custom_id").GetString());
        host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task Send_ReturnsWhereTheMessageLanded()
    {
        await using var host = await DiscordTestHost.CreateAsync();

        var landed = await Sender(host).SendAsync(new OutboundMessage(Platform.Discord, Payloads.GuildId, "300", null, Reply.Public("hi"), "k3"), CancellationToken.None);

        Assert.NotNull(host.Server.LastCreatedMessageId);
        Assert.Equal(new SentMessage("300", host.Server.LastCreatedMessageId), landed);
    }

    [Fact]
    public async Task Update_PatchesTheMessageInPlace_WithoutNonceOrPoll()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var tally = new Reply
        {
            Text = $"Who leads? {RichText.User("400", "Alice")} voted. @everyone",
            Poll = new ReplyPoll(6, "Who leads?", ["Ann", "Ben"], 24, AllowMultiple: false, Anonymous: true),
        };

        await Sender(host).UpdateAsync(new SentMessage("300", "555"), new OutboundMessage(Platform.Discord, Payloads.GuildId, "300", null, tally, "poll:6:tally:1", "poll:6"), CancellationToken.None);

        var request = Assert.Single(host.Server.Requests);
        Assert.Equal(("PATCH", "/channels/300/messages/555"), (request.Method, request.Path));
        var body = request.Json;
        Assert.Equal("Who leads? <@400> voted. @\u200Beveryone\n1. Ann\n2. Ben", body.GetProperty("content").GetString());
        Assert.Equal("sb1:pollvote:6:1:toggle", body.GetProperty("components")[0].GetProperty("components")[1].GetProperty("custom_id").GetString());
        Assert.Equal("""{"parse":[],"users":[]}""", body.GetProperty("allowed_mentions").GetRawText());
        Assert.False(body.TryGetProperty("nonce", out _));
        Assert.False(body.TryGetProperty("enforce_nonce", out _));
        Assert.False(body.TryGetProperty("poll", out _));
        host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task ClosingANativePoll_EndsItOnDiscord_InsteadOfEditingIt()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var closed = new Reply { Text = "Voting has ended.", Poll = NativePoll() with { Closed = true } };

        await Sender(host).UpdateAsync(new SentMessage("300", "555"), Edit(closed), CancellationToken.None);

        var request = Assert.Single(host.Server.Requests);
        Assert.Equal(("POST", "/channels/300/polls/555/expire"), (request.Method, request.Path));
    }

    [Fact]
    public async Task ClosingANativePollThatAlreadyEnded_CountsAsDone()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        host.Server.Enqueue("POST", "/channels/300/polls/555/expire", new FakeResponse(400, """{"message":"Poll expired","code":520001}"""));

        await Sender(host).UpdateAsync(new SentMessage("300", "555"), Edit(new Reply { Text = "Closed", Poll = NativePoll() with { Closed = true } }), CancellationToken.None);

        Assert.Single(host.Server.Requests);
    }

    [Fact]
    public async Task ClosingAPollThatWentOutAsButtonsAfterAll_EditsTheMessage()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        host.Server.Enqueue("POST", "/channels/300/polls/555/expire", new FakeResponse(400, """{"message":"Cannot expire a non-poll message","code":520006}"""));

        await Sender(host).UpdateAsync(new SentMessage("300", "555"), Edit(new Reply { Text = "Results: Ann 3, Ben 2", Poll = NativePoll() with { Closed = true } }), CancellationToken.None);

        var edit = host.Server.Requests[1];
        Assert.Equal(("PATCH", "/channels/300/messages/555"), (edit.Method, edit.Path));
        Assert.Equal(0, edit.Json.GetProperty("components").GetArrayLength());
        host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task ATallyUpdateOfAnOpenNativePoll_CallsNothing()
    {
        await using var host = await DiscordTestHost.CreateAsync();

        await Sender(host).UpdateAsync(new SentMessage("300", "555"), Edit(new Reply { Text = "2 votes so far", Poll = NativePoll() }), CancellationToken.None);

        Assert.Empty(host.Server.Requests);
    }

    [Fact]
    public async Task AnUpdateOfADeletedMessage_IsAPermanentFailure()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        host.Server.Enqueue("PATCH", "/channels/300/messages/555", new FakeResponse(404, """{"message":"Unknown Message","code":10008}"""));

        var error = await Assert.ThrowsAsync<ChatSendException>(() => Sender(host).UpdateAsync(new SentMessage("300", "555"), Edit(Reply.Public("tally")), CancellationToken.None));

        Assert.True(error.IsPermanent);
    }

    private static ReplyPoll NativePoll() => new(5, "Next topic?", ["Graphs", "DP"], 24, AllowMultiple: false, Anonymous: false);

    private static OutboundMessage Edit(Reply content) => new(Platform.Discord, Payloads.GuildId, "300", null, content, "poll:5:tally", "poll:5");

    private static IChatSender Sender(DiscordTestHost host) =>
        host.Get<IEnumerable<IChatSender>>().Single(s => s.Platform == Platform.Discord);
}
