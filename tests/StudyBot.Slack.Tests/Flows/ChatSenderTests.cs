using System.Text;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Slack.Tests.Fakes;

namespace StudyBot.Slack.Tests.Flows;

public sealed class ChatSenderTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;
    private SlackTestHost _host = null!;

    private IChatSender Sender => _host.Services.GetServices<IChatSender>().Single(s => s.Platform == Platform.Slack);

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _host = await SlackTestHost.StartAsync(_slack, socketMode: false);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task DirectMessage_OpensTheConversationThenPosts()
    {
        await Sender.SendAsync(new OutboundMessage(Platform.Slack, "T1", null, "U7", Reply.Public("Your check-in is due."), "checkin:1:U7"), CancellationToken.None);

        Assert.Equal("U7", (await _slack.WaitForCallAsync("conversations.open")).Arg("users"));
        var post = await _slack.WaitForCallAsync("chat.postMessage");
        Assert.Equal("DU7", post.Arg("channel"));
        Assert.Equal("Your check-in is due.", post.Arg("text"));
        Assert.Equal(["conversations.open", "chat.postMessage"], _slack.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task Attachment_IsUploadedThroughTheExternalUploadFlow()
    {
        var ics = Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        var reply = Reply.Public("Calendar for Algo Club") with { Attachments = [new ReplyAttachment("algo-club.ics", "text/calendar", ics)] };

        await Sender.SendAsync(new OutboundMessage(Platform.Slack, "T1", "C1", null, reply, "export:1"), CancellationToken.None);

        var reserve = await _slack.WaitForCallAsync("files.getUploadURLExternal");
        Assert.Equal(("algo-club.ics", ics.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)), (reserve.Arg("filename"), reserve.Arg("length")));
        Assert.Equal(ics, (await _slack.WaitForCallAsync("upload")).Body);
        var complete = await _slack.WaitForCallAsync("files.completeUploadExternal");
        Assert.Equal("C1", complete.Arg("channel_id"));
        Assert.Contains("\"id\":\"F1\"", complete.Arg("files"));
        Assert.Equal(["chat.postMessage", "files.getUploadURLExternal", "upload", "files.completeUploadExternal"], _slack.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task SameIdempotencyKeyTwice_PostsOnce()
    {
        var message = new OutboundMessage(Platform.Slack, "T1", "C1", null, Reply.Public("Reminder"), "reminder:9:24h");

        await Sender.SendAsync(message, CancellationToken.None);
        await Sender.SendAsync(message, CancellationToken.None);

        Assert.Equal(1, _slack.Count("chat.postMessage"));
    }

    [Fact]
    public async Task UnknownChannel_IsAPermanentFailure()
    {
        _slack.Enqueue("chat.postMessage", FakeResponse.Error("channel_not_found"));

        var failure = await Assert.ThrowsAsync<ChatSendException>(() => Sender.SendAsync(new OutboundMessage(Platform.Slack, "T1", "C404", null, Reply.Public("Hi"), "k404"), CancellationToken.None));

        Assert.True(failure.IsPermanent);
        Assert.Contains("channel_not_found", failure.Message);
    }

    [Fact]
    public async Task EveryPost_CarriesItsKeyAsMessageMetadata()
    {
        await Sender.SendAsync(new OutboundMessage(Platform.Slack, "T1", "C1", null, Reply.Public("Reminder"), "meeting.reminder:1:x"), CancellationToken.None);

        var metadata = (await _slack.WaitForCallAsync("chat.postMessage")).Args["metadata"]!;
        Assert.Equal("studybot_outbox", metadata["event_type"]!.GetValue<string>());
        Assert.Equal("meeting.reminder:1:x", metadata["event_payload"]!["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnAnswerLostAfterThePostLanded_IsInDoubt_AndTheHistoryShowsItWasDelivered()
    {
        _slack.Enqueue("chat.postMessage", FakeResponse.ServerError(500) with { Lands = true });
        var message = new OutboundMessage(Platform.Slack, "T1", "C1", null, Reply.Public("Hi"), "k500");
        var claimedAt = NodaTime.Instant.FromDateTimeOffset(DateTimeOffset.UtcNow);

        var failure = await Assert.ThrowsAsync<ChatSendException>(() => Sender.SendAsync(message, CancellationToken.None));
        var check = await FreshSender().CheckDeliveredAsync(message, claimedAt, CancellationToken.None);

        Assert.True(failure.MayHaveBeenDelivered);
        Assert.False(failure.IsPermanent);
        Assert.Equal(DeliveryCheck.Delivered, check);
        var history = await _slack.WaitForCallAsync("conversations.history");
        Assert.Equal(("C1", "true"), (history.Arg("channel"), history.Arg("include_all_metadata")));
        Assert.Single(_slack.History("C1"));
    }

    [Fact]
    public async Task AFailedPostThatDidNotLand_IsFoundMissing_AndPostedOnceWhenSentAgain()
    {
        _slack.Enqueue("chat.postMessage", FakeResponse.ServerError(500));
        var message = new OutboundMessage(Platform.Slack, "T1", "C1", null, Reply.Public("Hi"), "k500");
        var claimedAt = NodaTime.Instant.FromDateTimeOffset(DateTimeOffset.UtcNow);
        await Assert.ThrowsAsync<ChatSendException>(() => Sender.SendAsync(message, CancellationToken.None));

        var sender = FreshSender();
        Assert.Equal(DeliveryCheck.NotDelivered, await sender.CheckDeliveredAsync(message, claimedAt, CancellationToken.None));
        await sender.SendAsync(message, CancellationToken.None);

        Assert.Single(_slack.History("C1"));
        Assert.Equal(2, _slack.Count("chat.postMessage"));
    }

    [Fact]
    public async Task TheHistoryIsReadPageByPage_UntilTheKeyIsFound()
    {
        var sender = Sender;
        var claimedAt = NodaTime.Instant.FromDateTimeOffset(DateTimeOffset.UtcNow);
        await sender.SendAsync(new OutboundMessage(Platform.Slack, "T1", "C1", null, Reply.Public("first"), "wanted"), CancellationToken.None);
        for (var i = 0; i < 450; i++)
        {
            _slack.Post("C1", $"a busy channel, message {i}");
        }

        var check = await FreshSender().CheckDeliveredAsync(new OutboundMessage(Platform.Slack, "T1", "C1", null, Reply.Public("first"), "wanted"), claimedAt, CancellationToken.None);

        Assert.Equal(DeliveryCheck.Delivered, check);
        Assert.Equal(3, _slack.Count("conversations.history"));
    }

    [Fact]
    public async Task Send_ReturnsTheChannelAndTsItLandedAs_AndUpdate_ReplacesThatMessage()
    {
        var poll = new ReplyPoll(5, "Which day?", ["Mon", "Tue"], 24, AllowMultiple: false, Anonymous: true);
        var landed = await Sender.SendAsync(new OutboundMessage(Platform.Slack, "T1", "C1", null, Reply.Public("Vote!") with { Poll = poll }, "poll:5"), CancellationToken.None);

        var closed = Reply.Public("Voting has ended: Tue wins.") with { Poll = poll with { Closed = true } };
        await Sender.UpdateAsync(landed!, new OutboundMessage(Platform.Slack, "T1", "C1", null, closed, "poll:5:closed", "poll:5"), CancellationToken.None);

        var kept = Assert.Single(_slack.History("C1"));
        Assert.Equal(new SentMessage("C1", kept["ts"]!.GetValue<string>()), landed);
        var update = await _slack.WaitForCallAsync("chat.update");
        Assert.Equal(("C1", landed!.MessageId), (update.Arg("channel"), update.Arg("ts")));
        Assert.Equal("Voting has ended: Tue wins.", kept["text"]!.GetValue<string>());
        Assert.DoesNotContain(update.Args["blocks"]!.AsArray(), b => b!["type"]!.GetValue<string>() == "actions");
        Assert.Equal(1, _slack.Count("chat.postMessage"));
    }

    [Fact]
    public async Task ADirectMessage_LandsInItsDmChannel()
    {
        var landed = await Sender.SendAsync(new OutboundMessage(Platform.Slack, "T1", null, "U7", Reply.Public("Your check-in is due."), "checkin:1:U7"), CancellationToken.None);

        Assert.Equal("DU7", landed!.ChannelId);
        Assert.Equal(Assert.Single(_slack.History("DU7"))["ts"]!.GetValue<string>(), landed.MessageId);
    }

    [Fact]
    public async Task AnEphemeralPost_GivesNoHandleToEdit()
    {
        var landed = await Sender.SendAsync(new OutboundMessage(Platform.Slack, "T1", "C1", "U7", Reply.Private("Only you see this."), "note:1:U7"), CancellationToken.None);

        Assert.Null(landed);
        Assert.Equal(1, _slack.Count("chat.postEphemeral"));
    }

    // A sender of a restarted StudyBot: it remembers nothing of what the one before it posted.
    private IChatSender FreshSender() => ActivatorUtilities.CreateInstance(_host.Services, Sender.GetType()) as IChatSender ?? throw new InvalidOperationException();
}
