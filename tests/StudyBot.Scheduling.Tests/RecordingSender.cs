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
}
