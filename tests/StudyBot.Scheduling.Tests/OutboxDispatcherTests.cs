using NodaTime;
using StudyBot.Core.Messaging;
using StudyBot.Scheduling.Delivery;

namespace StudyBot.Scheduling.Tests;

/// <summary>The dispatcher delivers each outbox entry once, retries transient failures, gives up on permanent ones.</summary>
public sealed class OutboxDispatcherTests : IDisposable
{
    private readonly OutboxHarness _outbox = new(new OutboxOptions { FirstRetryDelay = TimeSpan.FromSeconds(2), MaxAttempts = 4, BatchSize = 3 });
    private readonly RecordingSender _sender;

    public OutboxDispatcherTests() => _sender = _outbox.Sender;

    public void Dispose() => _outbox.Dispose();

    private OutboxDispatcher Dispatcher => _outbox.Dispatcher;

    private Instant Now => _outbox.Now;

    [Fact]
    public async Task TransientFailures_AreRetriedWithBackoff_ThenDeliveredOnce()
    {
        await EnqueueAsync("k1", "hello");
        _sender.FailNext(2, () => new ChatSendException("503 from platform"));

        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Empty(_sender.Sent);
        Assert.Equal(OutboxStatus.Pending, (await EntryAsync("k1")).Status);

        _outbox.Time.Advance(TimeSpan.FromSeconds(1));
        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Equal(1, _sender.Calls); // the 2 s backoff has not passed yet

        _outbox.Time.Advance(TimeSpan.FromSeconds(1));
        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        _outbox.Time.Advance(TimeSpan.FromSeconds(4));
        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        await Dispatcher.DispatchDueAsync(CancellationToken.None);

        var sent = Assert.Single(_sender.Sent);
        Assert.Equal("hello", sent.Content.Text);
        var entry = await EntryAsync("k1");
        Assert.Equal(OutboxStatus.Sent, entry.Status);
        Assert.Equal(3, entry.Attempts);
    }

    [Fact]
    public async Task RetryAfterFromThePlatform_IsHonoured()
    {
        await EnqueueAsync("k1", "hello");
        _sender.FailNext(1, () => new ChatSendException("429", isPermanent: false, retryAfter: TimeSpan.FromSeconds(30)));

        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        _outbox.Time.Advance(TimeSpan.FromSeconds(29));
        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Empty(_sender.Sent);

        _outbox.Time.Advance(TimeSpan.FromSeconds(1));
        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Single(_sender.Sent);
    }

    [Fact]
    public async Task PermanentFailure_IsNotRetried()
    {
        await EnqueueAsync("k1", "to a deleted channel");
        _sender.FailNext(1, () => new ChatSendException("Unknown Channel", isPermanent: true));

        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        _outbox.Time.Advance(TimeSpan.FromHours(1));
        await Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(1, _sender.Calls);
        var entry = await EntryAsync("k1");
        Assert.Equal(OutboxStatus.Failed, entry.Status);
        Assert.Equal("Unknown Channel", entry.LastError);
    }

    [Fact]
    public async Task AnEntryPastItsExpiry_IsDroppedNotSent()
    {
        await EnqueueAsync("k1", "reminder", expiresAt: Now + Duration.FromMinutes(5));
        _outbox.Time.Advance(TimeSpan.FromMinutes(6));

        await Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Empty(_sender.Sent);
        Assert.Equal(OutboxStatus.Dropped, (await EntryAsync("k1")).Status);
    }

    [Fact]
    public async Task ManyEntries_AreDeliveredOnceEach_InOrderPerChannel_AcrossBatches()
    {
        for (var i = 0; i < 10; i++)
        {
            await EnqueueAsync($"k{i}", $"message {i}");
        }

        _sender.FailNext(1, () => new ChatSendException("flaky"));
        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        _outbox.Time.Advance(TimeSpan.FromMinutes(1));
        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        await Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"message {i}"), _sender.Sent.Select(m => m.Content.Text));
    }

    [Fact]
    public async Task TheSameIdempotencyKey_IsQueuedOnlyOnce()
    {
        Assert.True(await EnqueueAsync("same", "first"));
        Assert.False(await EnqueueAsync("same", "second"));

        await Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal("first", Assert.Single(_sender.Sent).Content.Text);
    }

    private Task<bool> EnqueueAsync(string key, string text, Instant? expiresAt = null) => _outbox.EnqueueAsync(key, text, expiresAt);

    private Task<OutboxEntry> EntryAsync(string key) => _outbox.EntryAsync(key);
}
