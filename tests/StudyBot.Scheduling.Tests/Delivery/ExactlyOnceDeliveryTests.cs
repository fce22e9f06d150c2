using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using NodaTime;
using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;
using StudyBot.Scheduling.Delivery;
using StudyBot.Testing;

namespace StudyBot.Scheduling.Tests.Delivery;

/// <summary>
/// Claim before sending, record right after: a message is never sent twice because a process died, a platform
/// answered unclearly or the disk filled up, and one in doubt is checked on the platform before any resend.
/// </summary>
public sealed class ExactlyOnceDeliveryTests : IDisposable
{
    private readonly DiskFaults _disk = new();
    private readonly CommandHarness _harness;
    private readonly OutboxOptions _options = new() { InstanceName = "studybot-a", BatchSize = 50 };

    public ExactlyOnceDeliveryTests()
    {
        _harness = new CommandHarness(s => s.AddSingleton<IInterceptor>(_disk), new DateTimeOffset(2027, 1, 1, 9, 0, 0, TimeSpan.Zero));
    }

    public void Dispose() => _harness.Dispose();

    private Instant Now => Instant.FromDateTimeOffset(_harness.Time.GetUtcNow());

    [Fact]
    public async Task TheClaimIsSaved_BeforeThePlatformIsCalled()
    {
        await EnqueueAsync("k1", "general");
        var sender = Platform(Core.Platform.Console);
        OutboxEntry? seenDuringTheCall = null;
        sender.Setup(s => s.SendAsync(It.IsAny<OutboundMessage>(), It.IsAny<CancellationToken>()))
            .Returns(async () =>
            {
                seenDuringTheCall = await EntryAsync("k1");
                return new SentMessage("general", "m1");
            });
        var dispatcher = Dispatcher(sender.Object);

        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal((OutboxStatus.InFlight, dispatcher.Owner), (seenDuringTheCall!.Status, seenDuringTheCall.ClaimedBy));
        Assert.Equal(Now + Duration.FromMinutes(5), seenDuringTheCall.LeaseUntil);
        var after = await EntryAsync("k1");
        Assert.Equal((OutboxStatus.Sent, null), (after.Status, after.ClaimedBy));
    }

    [Fact]
    public async Task ASenderThatFailsAfterThePlatformTookTheMessage_LeavesItInDoubt_AndItIsCheckedNotResent()
    {
        await EnqueueAsync("k1", "general");
        var delivered = new List<string>();
        var sender = Platform(Core.Platform.Console);
        sender.Setup(s => s.SendAsync(It.IsAny<OutboundMessage>(), It.IsAny<CancellationToken>()))
            .Callback<OutboundMessage, CancellationToken>((m, _) => delivered.Add(m.IdempotencyKey))
            .ThrowsAsync(new ChatSendException("the answer was lost", isPermanent: false, mayHaveBeenDelivered: true));
        sender.Setup(s => s.CheckDeliveredAsync(It.IsAny<OutboundMessage>(), It.IsAny<Instant>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((OutboundMessage m, Instant _, CancellationToken _) => delivered.Contains(m.IdempotencyKey) ? DeliveryCheck.Delivered : DeliveryCheck.NotDelivered);
        var dispatcher = Dispatcher(sender.Object);

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Equal(OutboxStatus.InFlight, (await EntryAsync("k1")).Status);
        _harness.Time.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        sender.Verify(s => s.SendAsync(It.IsAny<OutboundMessage>(), It.IsAny<CancellationToken>()), Times.Once);
        sender.Verify(s => s.CheckDeliveredAsync(It.Is<OutboundMessage>(m => m.IdempotencyKey == "k1"), It.IsAny<Instant>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(OutboxStatus.Sent, (await EntryAsync("k1")).Status);
    }

    [Fact]
    public async Task AMessageInDoubtThatDidNotArrive_IsSentOnce_AfterTheCheck()
    {
        await EnqueueAsync("k1", "general");
        var sender = Platform(Core.Platform.Console);
        sender.SetupSequence(s => s.SendAsync(It.IsAny<OutboundMessage>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ChatSendException("timed out", isPermanent: false, mayHaveBeenDelivered: true))
            .ReturnsAsync(new SentMessage("general", "m1"));
        sender.Setup(s => s.CheckDeliveredAsync(It.IsAny<OutboundMessage>(), It.IsAny<Instant>(), It.IsAny<CancellationToken>())).ReturnsAsync(DeliveryCheck.NotDelivered);
        var dispatcher = Dispatcher(sender.Object);

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        _harness.Time.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        sender.Verify(s => s.SendAsync(It.IsAny<OutboundMessage>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
        Assert.Equal(OutboxStatus.Sent, (await EntryAsync("k1")).Status);
    }

    [Fact]
    public async Task AClaimLeftByThisInstanceBeforeItRestarted_IsCheckedAtOnce()
    {
        await EnqueueAsync("k1", "general");
        await ClaimAsync("k1", "studybot-a/crashed-process");
        var sender = Platform(Core.Platform.Console);
        sender.Setup(s => s.CheckDeliveredAsync(It.IsAny<OutboundMessage>(), It.IsAny<Instant>(), It.IsAny<CancellationToken>())).ReturnsAsync(DeliveryCheck.Delivered);

        await Dispatcher(sender.Object).DispatchDueAsync(CancellationToken.None);

        sender.Verify(s => s.SendAsync(It.IsAny<OutboundMessage>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Equal(OutboxStatus.Sent, (await EntryAsync("k1")).Status);
    }

    [Fact]
    public async Task AnotherInstancesClaim_IsLeftAloneUntilItRunsOut_ThenCheckedAndTakenOver()
    {
        await EnqueueAsync("k1", "general");
        await EnqueueAsync("k2", "general");
        await ClaimAsync("k1", "studybot-b/alive");
        var sender = Platform(Core.Platform.Console);
        sender.Setup(s => s.CheckDeliveredAsync(It.IsAny<OutboundMessage>(), It.IsAny<Instant>(), It.IsAny<CancellationToken>())).ReturnsAsync(DeliveryCheck.ResendIsSafe);
        var dispatcher = Dispatcher(sender.Object);

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        sender.VerifyNoOtherCalls(); // not k1, and not k2 either: it queues behind k1 in the same channel

        _harness.Time.Advance(TimeSpan.FromMinutes(5));
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        sender.Verify(s => s.CheckDeliveredAsync(It.Is<OutboundMessage>(m => m.IdempotencyKey == "k1"), It.IsAny<Instant>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(OutboxStatus.Sent, (await EntryAsync("k1")).Status);
        Assert.Equal(OutboxStatus.Sent, (await EntryAsync("k2")).Status);
    }

    [Fact]
    public async Task AtMostOneMessagePerDestination_IsInFlightAtATime()
    {
        for (var i = 0; i < 4; i++)
        {
            await EnqueueAsync($"a{i}", "general");
            await EnqueueAsync($"b{i}", "random");
        }

        var inFlight = new Dictionary<string, int>();
        var most = 0;
        var order = new List<string>();
        var sender = Platform(Core.Platform.Console);
        sender.Setup(s => s.SendAsync(It.IsAny<OutboundMessage>(), It.IsAny<CancellationToken>()))
            .Returns(async (OutboundMessage m, CancellationToken _) =>
            {
                lock (inFlight)
                {
                    inFlight[m.ChannelId!] = inFlight.GetValueOrDefault(m.ChannelId!) + 1;
                    most = Math.Max(most, inFlight[m.ChannelId!]);
                    order.Add(m.IdempotencyKey);
                }

                await Task.Yield();
                lock (inFlight)
                {
                    inFlight[m.ChannelId!]--;
                }

                return (SentMessage?)null;
            });

        await Dispatcher(sender.Object).DispatchDueAsync(CancellationToken.None);

        Assert.Equal(1, most);
        Assert.Equal(["a0", "a1", "a2", "a3"], order.Where(k => k[0] == 'a'));
        Assert.Equal(["b0", "b1", "b2", "b3"], order.Where(k => k[0] == 'b'));
    }

    [Fact]
    public async Task ADiskThatFillsUpWhileMessagesAreOut_LosesNoAnswer_AndSendsNothingTwice()
    {
        await EnqueueAsync("k1", "general");
        await EnqueueAsync("k2", "random");
        await EnqueueAsync("k3", "general");
        var sends = new List<string>();
        var sender = Platform(Core.Platform.Console);
        sender.Setup(s => s.SendAsync(It.IsAny<OutboundMessage>(), It.IsAny<CancellationToken>()))
            .Callback<OutboundMessage, CancellationToken>((m, _) =>
            {
                lock (sends)
                {
                    // The platform took the first; the disk is full when StudyBot goes to write that down.
                    _disk.Full |= sends.Count == 0;
                    sends.Add(m.IdempotencyKey);
                }
            })
            .ReturnsAsync((SentMessage?)null);
        var dispatcher = Dispatcher(sender.Object);

        await Assert.ThrowsAnyAsync<Exception>(() => dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.True(_disk.Refused > 0);
        _disk.Full = false;
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(["k1", "k2", "k3"], sends.Order());
        foreach (var key in new[] { "k1", "k2", "k3" })
        {
            Assert.Equal(OutboxStatus.Sent, (await EntryAsync(key)).Status);
        }

        sender.Verify(s => s.CheckDeliveredAsync(It.IsAny<OutboundMessage>(), It.IsAny<Instant>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private static Mock<IChatSender> Platform(Platform platform)
    {
        var sender = new Mock<IChatSender>();
        sender.SetupGet(s => s.Platform).Returns(platform);
        return sender;
    }

    private OutboxDispatcher Dispatcher(IChatSender sender)
    {
        var dispatcher = new OutboxDispatcher(_harness.Services.GetRequiredService<IServiceScopeFactory>(), [sender], _harness.Time, _options, NullLogger<OutboxDispatcher>.Instance);
        Mock.Get(sender).Invocations.Clear();
        return dispatcher;
    }

    private async Task EnqueueAsync(string key, string channel)
    {
        await using var db = _harness.Db();
        await new Outbox(db).EnqueueAsync(new OutboundMessage(Core.Platform.Console, "console", channel, null, Reply.Public(key), key), Now, null, CancellationToken.None);
        await db.SaveChangesAsync();
    }

    private async Task ClaimAsync(string key, string owner)
    {
        await using var db = _harness.Db();
        (await db.Outbox.SingleAsync(o => o.IdempotencyKey == key)).Claim(owner, Now, Now + Duration.FromMinutes(5));
        await db.SaveChangesAsync();
    }

    private async Task<OutboxEntry> EntryAsync(string key)
    {
        await using var db = _harness.Db();
        return await db.Outbox.SingleAsync(o => o.IdempotencyKey == key);
    }
}
