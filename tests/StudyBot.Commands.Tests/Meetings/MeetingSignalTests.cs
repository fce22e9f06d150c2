using Microsoft.Extensions.DependencyInjection;
using Moq;
using StudyBot.Application;
using StudyBot.Commands.Tests.Support;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Meetings;

/// <summary>The scheduler and the dispatcher are woken once a change is committed, once each, and never for a refused one.</summary>
public sealed class MeetingSignalTests
{
    [Fact]
    public async Task Scheduling_WakesTheSchedulerAndTheDispatcherOnce_AfterTheCommit()
    {
        var signals = new Mock<IBackgroundWork>();
        using var harness = await HarnessAsync(signals);

        var reply = await harness.RunAsync(MeetingHarness.Weekly, @as: "alice");

        // The reminders were planned, and the meeting's card was queued for the channel.
        ReplyAssert.IsSuccess(reply);
        signals.Verify(s => s.WorkPlanned(), Times.Once);
        signals.Verify(s => s.OutboxChanged(), Times.Once);
    }

    [Fact]
    public async Task Skipping_ReplansAndAnnounces_SoBothWorkersAreWokenOnce()
    {
        var signals = new Mock<IBackgroundWork>();
        using var harness = await HarnessAsync(signals);
        ReplyAssert.IsSuccess(await harness.RunAsync(MeetingHarness.Weekly, @as: "alice"));
        signals.Invocations.Clear();

        ReplyAssert.IsSuccess(await harness.RunAsync("/meeting skip date:2027-03-16 group:\"Algo Club\"", @as: "alice"));

        signals.Verify(s => s.WorkPlanned(), Times.Once);
        signals.Verify(s => s.OutboxChanged(), Times.Once);
    }

    [Fact]
    public async Task ARefusedChange_WakesNothing()
    {
        var signals = new Mock<IBackgroundWork>(MockBehavior.Strict);
        using var harness = await HarnessAsync(signals);

        await Refusal.AssertRefusedAsync(harness, "/meeting schedule group:\"Algo Club\" title:Sync start:\"2027-03-16 19:00\" reminders:\"1d,1d\"", "alice");
    }

    // The harness's clock is 15 March 2027; the group exists before the mock starts counting.
    private static async Task<CommandHarness> HarnessAsync(Mock<IBackgroundWork> signals)
    {
        var harness = new CommandHarness(s => s.AddSingleton(signals.Object), new DateTimeOffset(2027, 3, 15, 12, 0, 0, TimeSpan.Zero));
        ReplyAssert.IsSuccess(await harness.RunAsync("/group create name:\"Algo Club\" timezone:Europe/Berlin", @as: "alice"));
        return harness;
    }
}
