using System.Collections.Concurrent;
using System.Diagnostics;
using StudyBot.Core;
using StudyBot.Core.Messaging;

namespace StudyBot.Bench;

/// <summary>A sender with no rate limit that counts deliveries and duplicates.</summary>
internal sealed class CountingSender : IChatSender
{
    private readonly ConcurrentDictionary<string, long> _delivered = new();
    private int _duplicates;

    public Platform Platform => Platform.Console;

    public int Delivered => _delivered.Count;

    public int Duplicates => _duplicates;

    public long LastDeliveryTicks { get; private set; }

    public TaskCompletionSource AllDelivered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Expected { get; set; }

    public Task<SentMessage?> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        if (!_delivered.TryAdd(message.IdempotencyKey, Stopwatch.GetTimestamp()))
        {
            Interlocked.Increment(ref _duplicates);
        }

        LastDeliveryTicks = Stopwatch.GetTimestamp();
        if (_delivered.Count >= Expected)
        {
            AllDelivered.TrySetResult();
        }

        return Task.FromResult<SentMessage?>(new SentMessage(message.ChannelId ?? $"dm:{message.DirectUserId}", message.IdempotencyKey));
    }

    // The burst benchmark posts reminders only; an edit would change nothing it counts.
    public Task UpdateAsync(SentMessage target, OutboundMessage message, CancellationToken cancellationToken) => Task.CompletedTask;

    // A platform that remembers what it received can answer for a message in doubt.
    public Task<DeliveryCheck> CheckDeliveredAsync(OutboundMessage message, NodaTime.Instant claimedAt, CancellationToken cancellationToken) =>
        Task.FromResult(_delivered.ContainsKey(message.IdempotencyKey) ? DeliveryCheck.Delivered : DeliveryCheck.NotDelivered);
}
