using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using NodaTime;
using StudyBot.Application;
using StudyBot.Core.Work;
using StudyBot.Testing;

namespace StudyBot.Scheduling.Tests.Work;

/// <summary>The engine every scheduled feature builds on: any kind, due in order, once, across restarts and failures.</summary>
public sealed class ScheduledWorkEngineTests : IDisposable
{
    private static readonly Instant Start = Instant.FromUtc(2027, 3, 15, 12, 0);
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AThrowawayKind_FiresOnceAtItsTime_AcrossARestart()
    {
        static void Echo(IServiceCollection services) => services.AddScheduledWork<EchoWork>();
        var sender = new RecordingSender();
        var first = await SchedulingHost.StartAsync(_database.ConnectionString, Start, sender, Echo);
        await WorkPlanning.PlanAsync(first, (EchoWork.Kind, "echo:1", Start + Duration.FromHours(2), new EchoPayload("Two hours on")));
        await first.AdvanceToAsync(Start + Duration.FromHours(1));
        await first.DisposeAsync();
        Assert.Empty(sender.Sent);

        await using var second = await SchedulingHost.StartAsync(_database.ConnectionString, Start + Duration.FromHours(1), sender, Echo);
        await second.AdvanceToAsync(Start + Duration.FromDays(3));

        var sent = Assert.Single(sender.Sent);
        Assert.Equal("Two hours on", sent.Content.Text);
        Assert.Equal(Start + Duration.FromHours(2), Instant.FromDateTimeOffset(sender.SentAt[0]));
        await using var db = _database.CreateContext();
        Assert.Empty(await db.ScheduledWork.ToListAsync());
    }

    [Fact]
    public async Task WorkDueAtOnce_IsDoneInDueOrder_WhateverTheOrderItWasPlannedIn()
    {
        var done = new List<string>();
        var probe = new Mock<IWorkProbe>();
        probe.Setup(p => p.Done(It.IsAny<string>())).Callback<string>(done.Add);
        await using var host = await SchedulingHost.StartAsync(_database.ConnectionString, Start, configure: s => s.AddSingleton(probe.Object).AddScheduledWork<ProbedWork>());

        await WorkPlanning.PlanAsync(
            host,
            (ProbedWork.Kind, "third", Start + Duration.FromMinutes(30), new EchoPayload("3")),
            (ProbedWork.Kind, "first", Start + Duration.FromMinutes(10), new EchoPayload("1")),
            (ProbedWork.Kind, "second", Start + Duration.FromMinutes(20), new EchoPayload("2")));

        // Down for an hour: all three are due when the clock moves on in one step.
        host.Time.SetUtcNow((Start + Duration.FromHours(1)).ToDateTimeOffset());
        await host.AdvanceToAsync(Start + Duration.FromHours(1));

        Assert.Equal(["first", "second", "third"], done);
    }

    [Fact]
    public async Task AnItemThatKeepsFailing_IsGivenUpAndKept_AndNeverHoldsUpTheOthers()
    {
        var probe = new Mock<IWorkProbe>();
        probe.Setup(p => p.Done("broken")).Throws(new InvalidOperationException("boom"));
        var sender = new RecordingSender();
        await using var host = await SchedulingHost.StartAsync(_database.ConnectionString, Start, sender, s => s.AddSingleton(probe.Object).AddScheduledWork<ProbedWork>());

        await WorkPlanning.PlanAsync(
            host,
            (ProbedWork.Kind, "before", Start + Duration.FromMinutes(10), new EchoPayload("a")),
            (ProbedWork.Kind, "broken", Start + Duration.FromMinutes(10), new EchoPayload("b")),
            (ProbedWork.Kind, "after", Start + Duration.FromMinutes(10), new EchoPayload("c")));
        await host.AdvanceToAsync(Start + Duration.FromDays(1));

        // The failed batch rolled back; done again one by one, each of the others was posted once.
        Assert.Equal(["before", "after"], sender.Sent.Select(m => m.Content.Text));

        // Tried with the others (which does not count against it), then alone until it failed Scheduler:MaxAttempts (5)
        // times, with growing delays in between.
        probe.Verify(p => p.Done("broken"), Times.Exactly(6));
        await using var db = _database.CreateContext();
        var failed = await db.ScheduledWork.SingleAsync();
        Assert.Equal(("broken", ScheduledWorkStatus.Failed, 5), (failed.Key, failed.Status, failed.Attempts));
        Assert.Equal("InvalidOperationException: boom", failed.LastError);
    }
}
