using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;
using StudyBot.Scheduling.Delivery;
using StudyBot.Testing;

namespace StudyBot.Scheduling.Tests;

/// <summary>An outbox in a real database on a fake clock, a <see cref="RecordingSender"/>, and dispatchers over them.</summary>
public sealed class OutboxHarness : IDisposable
{
    private readonly CommandHarness _harness = new(start: new DateTimeOffset(2027, 1, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly OutboxOptions _options;

    public OutboxHarness(OutboxOptions options)
    {
        _options = options;
        Sender.Clock = _harness.Time;
    }

    public RecordingSender Sender { get; } = new();

    public FakeTimeProvider Time => _harness.Time;

    public Instant Now => Instant.FromDateTimeOffset(Time.GetUtcNow());

    public string ConnectionString => _harness.Database.ConnectionString;

    /// <summary>A new dispatcher (a new process, as far as claims go) delivering to <see cref="Sender"/>.</summary>
    public OutboxDispatcher Dispatcher => new(_harness.Services.GetRequiredService<IServiceScopeFactory>(), [Sender], Time, _options, NullLogger<OutboxDispatcher>.Instance);

    public StudyBotDbContext Db() => _harness.Db();

    /// <summary>Queues a console message to #general; returns whether it was new.</summary>
    public async Task<bool> EnqueueAsync(string key, string text, Instant? expiresAt = null, string? editsKey = null, Instant? at = null)
    {
        await using var db = Db();
        var message = new OutboundMessage(Platform.Console, "console", "general", null, Reply.Public(text), key, editsKey);
        var queued = await new Outbox(db).EnqueueAsync(message, at ?? Now, expiresAt, CancellationToken.None);
        await db.SaveChangesAsync();
        return queued;
    }

    public async Task<OutboxEntry> EntryAsync(string key)
    {
        await using var db = Db();
        return await db.Outbox.SingleAsync(o => o.IdempotencyKey == key);
    }

    public void Dispose() => _harness.Dispose();
}
