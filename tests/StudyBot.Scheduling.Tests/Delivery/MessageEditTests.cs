using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using StudyBot.Core.Messaging;
using StudyBot.Scheduling.Delivery;

namespace StudyBot.Scheduling.Tests.Delivery;

/// <summary>An outbox entry with an EditsKey updates the message its original landed as, once, with the newest content.</summary>
public sealed class MessageEditTests : IDisposable
{
    private readonly OutboxHarness _outbox = new(new OutboxOptions { FirstRetryDelay = TimeSpan.FromSeconds(2), MaxAttempts = 4 });
    private readonly RecordingSender _sender;

    public MessageEditTests() => _sender = _outbox.Sender;

    public void Dispose() => _outbox.Dispose();

    private OutboxDispatcher Dispatcher => _outbox.Dispatcher;

    [Fact]
    public async Task AnEditQueuedAfterItsOriginalWasDelivered_UpdatesTheLandedMessage()
    {
        await EnqueueAsync("intro", "Welcome");
        await EnqueueAsync("poll:1", "Next topic? (no votes yet)");
        await Dispatcher.DispatchDueAsync(CancellationToken.None);

        await EnqueueAsync("poll:1:tally:1", "Next topic? Graphs 1", editsKey: "poll:1");
        await Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(["intro", "poll:1"], _sender.Sent.Select(m => m.IdempotencyKey));
        var (target, message) = Assert.Single(_sender.Updates);
        Assert.Equal(new SentMessage("general", "m2"), target);
        Assert.Equal(("Next topic? Graphs 1", "poll:1"), (message.Content.Text, message.EditsKey));
        var original = await EntryAsync("poll:1");
        Assert.Equal(("general", "m2"), (original.SentChannelId, original.SentMessageId));
        var edit = await EntryAsync("poll:1:tally:1");
        Assert.Equal((OutboxStatus.Sent, "poll:1"), (edit.Status, edit.EditsKey));
        Assert.Null(edit.SentMessageId);
    }

    [Fact]
    public async Task AnEditQueuedWhileItsOriginalIsPending_WaitsForIt_ThenApplies()
    {
        await EnqueueAsync("poll:1", "Next topic?");
        await EnqueueAsync("poll:1:tally:1", "Next topic? DP 1", editsKey: "poll:1");
        _sender.FailNext(1, () => new ChatSendException("503 from platform"));

        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Empty(_sender.Sent);
        Assert.Empty(_sender.Updates);
        Assert.Equal(OutboxStatus.Pending, (await EntryAsync("poll:1:tally:1")).Status);

        _outbox.Time.Advance(TimeSpan.FromSeconds(2));
        await Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal("poll:1", Assert.Single(_sender.Sent).IdempotencyKey);
        var (target, message) = Assert.Single(_sender.Updates);
        Assert.Equal(new SentMessage("general", "m1"), target);
        Assert.Equal("Next topic? DP 1", message.Content.Text);
    }

    [Fact]
    public async Task ThreeQuickEditsOfOneMessage_CostOneUpdate_WithTheLastContent()
    {
        await EnqueueAsync("poll:1", "Next topic?");
        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        for (var i = 1; i <= 3; i++)
        {
            await EnqueueAsync($"poll:1:tally:{i}", $"Next topic? {i} vote(s)", editsKey: "poll:1");
        }

        await Dispatcher.DispatchDueAsync(CancellationToken.None);

        var (target, message) = Assert.Single(_sender.Updates);
        Assert.Equal(new SentMessage("general", "m1"), target);
        Assert.Equal("Next topic? 3 vote(s)", message.Content.Text);
        foreach (var key in new[] { "poll:1:tally:1", "poll:1:tally:2" })
        {
            var superseded = await EntryAsync(key);
            Assert.Equal((OutboxStatus.Dropped, "superseded by a newer edit"), (superseded.Status, superseded.LastError));
        }

        Assert.Equal(OutboxStatus.Sent, (await EntryAsync("poll:1:tally:3")).Status);
    }

    [Fact]
    public async Task AnEditOfAFailedOriginal_IsDropped()
    {
        await EnqueueAsync("poll:1", "Next topic?");
        _sender.FailNext(1, () => new ChatSendException("Unknown Channel", isPermanent: true));
        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        await EnqueueAsync("poll:1:tally:1", "Next topic? 1 vote", editsKey: "poll:1");

        await Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Empty(_sender.Updates);
        Assert.Empty(_sender.Sent);
        var edit = await EntryAsync("poll:1:tally:1");
        Assert.Equal(OutboxStatus.Dropped, edit.Status);
        Assert.Contains("failed", edit.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditOfAMessageThatLandedWhoKnowsWhere_OrWasNeverQueued_IsDropped_NotPostedAnew()
    {
        await EnqueueAsync("poll:1", "Next topic?");
        await using (var db = _outbox.Db())
        {
            (await db.Outbox.SingleAsync(o => o.IdempotencyKey == "poll:1")).MarkFoundDelivered(_outbox.Now);
            await db.SaveChangesAsync();
        }

        await EnqueueAsync("poll:1:tally:1", "Next topic? 1 vote", editsKey: "poll:1");
        await EnqueueAsync("poll:9:tally:1", "Which day? 1 vote", editsKey: "poll:9");
        await Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Empty(_sender.Updates);
        Assert.Empty(_sender.Sent);
        var unknownLanding = await EntryAsync("poll:1:tally:1");
        Assert.Equal((OutboxStatus.Dropped, "the message it edits was delivered, but where it landed is unknown"), (unknownLanding.Status, unknownLanding.LastError));
        var neverQueued = await EntryAsync("poll:9:tally:1");
        Assert.Equal((OutboxStatus.Dropped, "the message it edits was never queued"), (neverQueued.Status, neverQueued.LastError));
    }

    [Fact]
    public async Task AnEditLeftInDoubt_IsUpdatedAgain_WithoutAskingThePlatform()
    {
        await EnqueueAsync("poll:1", "Next topic?");
        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        await EnqueueAsync("poll:1:tally:1", "Next topic? 1 vote", editsKey: "poll:1");
        _sender.FailNext(1, () => new ChatSendException("the answer was lost", isPermanent: false, mayHaveBeenDelivered: true));

        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Equal(OutboxStatus.InFlight, (await EntryAsync("poll:1:tally:1")).Status);
        _outbox.Time.Advance(TimeSpan.FromMinutes(1));
        await Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(0, _sender.Checks);
        Assert.Equal(new SentMessage("general", "m1"), Assert.Single(_sender.Updates).Target);
        Assert.Equal(OutboxStatus.Sent, (await EntryAsync("poll:1:tally:1")).Status);
    }

    [Fact]
    public async Task WhereAMessageLanded_SurvivesARestart()
    {
        var start = Instant.FromUtc(2027, 1, 1, 9, 0);
        var first = await SchedulingHost.StartAsync(_outbox.ConnectionString, start);
        await EnqueueAsync("intro", "Welcome", at: start);
        await EnqueueAsync("poll:1", "Next topic?", at: start);
        await DeliverAsync(first, start + Duration.FromMinutes(1));
        await first.DisposeAsync();

        await using var second = await SchedulingHost.StartAsync(_outbox.ConnectionString, start + Duration.FromMinutes(1));
        await EnqueueAsync("poll:1:tally:1", "Next topic? 1 vote", editsKey: "poll:1", at: start + Duration.FromMinutes(1));
        await DeliverAsync(second, start + Duration.FromMinutes(2));

        Assert.Equal(2, first.Sender.Sent.Count);
        Assert.Empty(second.Sender.Sent);
        var (target, message) = Assert.Single(second.Sender.Updates);
        Assert.Equal(new SentMessage("general", "m2"), target);
        Assert.Equal("Next topic? 1 vote", message.Content.Text);
    }

    private static async Task DeliverAsync(SchedulingHost host, Instant until)
    {
        host.Host.Services.GetRequiredService<OutboxSignal>().Notify();
        await host.AdvanceToAsync(until);
    }

    private async Task EnqueueAsync(string key, string text, string? editsKey = null, Instant? at = null) =>
        Assert.True(await _outbox.EnqueueAsync(key, text, editsKey: editsKey, at: at));

    private Task<OutboxEntry> EntryAsync(string key) => _outbox.EntryAsync(key);
}
