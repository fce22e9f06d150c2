using System.Collections.Concurrent;
using StudyBot.Core;
using StudyBot.Core.Messaging;

namespace StudyBot.Scheduling.Tests;

/// <summary>A chat sender that records what it was asked to deliver, optionally failing first.</summary>
public sealed class RecordingSender : IChatSender
{
    private readonly ConcurrentQueue<(OutboundMessage Message, DateTimeOffset At)> _sent = new();
    private int _failuresLeft;

    public Platform Platform => Platform.Console;

    public IReadOnlyList<OutboundMessage> Sent => _sent.Select(s => s.Message).ToArray();

    /// <summary>When (on <see cref="Clock"/>) each message was delivered.</summary>
    public IReadOnlyList<DateTimeOffset> SentAt => _sent.Select(s => s.At).ToArray();

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>The next N sends throw this.</summary>
    public Func<ChatSendException>? Failure { get; set; }

    public int Calls { get => _calls; }

    private int _calls;

    public void FailNext(int times, Func<ChatSendException> failure)
    {
        _failuresLeft = times;
        Failure = failure;
    }

    public Task SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (Failure is not null && Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw Failure();
        }

        _sent.Enqueue((message, Clock.GetUtcNow()));
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
}
