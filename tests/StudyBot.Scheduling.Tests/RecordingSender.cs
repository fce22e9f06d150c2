using System.Collections.Concurrent;
using System.Globalization;
using StudyBot.Core;
using StudyBot.Core.Messaging;

namespace StudyBot.Scheduling.Tests;

/// <summary>A chat sender that records what it was asked to deliver and to update, optionally failing first.</summary>
public sealed class RecordingSender : IChatSender
{
    private readonly ConcurrentQueue<(OutboundMessage Message, DateTimeOffset At)> _sent = new();
    private readonly ConcurrentQueue<(SentMessage Target, OutboundMessage Message)> _updates = new();
    private int _failuresLeft;
    private int _landed;

    public Platform Platform => Platform.Console;

    public IReadOnlyList<OutboundMessage> Sent => _sent.Select(s => s.Message).ToArray();

    /// <summary>When (on <see cref="Clock"/>) each message was delivered.</summary>
    public IReadOnlyList<DateTimeOffset> SentAt => _sent.Select(s => s.At).ToArray();

    /// <summary>
    /// What was delivered apart from meeting cards (<c>meeting:{series}:card:{slot}</c>), for tests about reminders and
    /// announcements, which a card posted at scheduling and at each meeting's start would otherwise interleave.
    /// </summary>
    public IReadOnlyList<OutboundMessage> SentExceptCards => _sent.Where(s => !IsCard(s.Message)).Select(s => s.Message).ToArray();

    /// <summary>When each of <see cref="SentExceptCards"/> was delivered.</summary>
    public IReadOnlyList<DateTimeOffset> SentAtExceptCards => _sent.Where(s => !IsCard(s.Message)).Select(s => s.At).ToArray();

    /// <summary>Each update, with the message it replaced.</summary>
    public IReadOnlyList<(SentMessage Target, OutboundMessage Message)> Updates => _updates.ToArray();

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>The next N sends or updates throw this.</summary>
    public Func<ChatSendException>? Failure { get; set; }

    public int Calls { get => _calls; }

    private int _calls;

    public void FailNext(int times, Func<ChatSendException> failure)
    {
        _failuresLeft = times;
        Failure = failure;
    }

    /// <summary>Lands each message as <c>m1</c>, <c>m2</c>... in its channel (or <c>dm:{user}</c>).</summary>
    public Task<SentMessage?> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        FailIfAsked();
        _sent.Enqueue((message, Clock.GetUtcNow()));
        var id = "m" + Interlocked.Increment(ref _landed).ToString(CultureInfo.InvariantCulture);
        return Task.FromResult<SentMessage?>(new SentMessage(message.ChannelId ?? $"dm:{message.DirectUserId}", id));
    }

    public Task UpdateAsync(SentMessage target, OutboundMessage message, CancellationToken cancellationToken)
    {
        FailIfAsked();
        _updates.Enqueue((target, message));
        return Task.CompletedTask;
    }

    /// <summary>How many times a message in doubt was checked.</summary>
    public int Checks => _checks;

    private int _checks;

    // Like a platform that can be searched: it knows what it received.
    public Task<DeliveryCheck> CheckDeliveredAsync(OutboundMessage message, NodaTime.Instant claimedAt, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _checks);
        return Task.FromResult(_sent.Any(s => s.Message.IdempotencyKey == message.IdempotencyKey) ? DeliveryCheck.Delivered : DeliveryCheck.NotDelivered);
    }

    private static bool IsCard(OutboundMessage message) =>
        message.IdempotencyKey.StartsWith("meeting:", StringComparison.Ordinal) && message.IdempotencyKey.Contains(":card:", StringComparison.Ordinal);

    private void FailIfAsked()
    {
        Interlocked.Increment(ref _calls);
        if (Failure is not null && Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw Failure();
        }
    }
}
