using NodaTime;
using StudyBot.Testing;

namespace StudyBot.Scheduling.Tests;

/// <summary>Reminders fire through the real Quartz trigger and outbox on a fake clock, across restarts and downtime.</summary>
public sealed class ReminderDeliveryTests : IDisposable
{
    private const string Schedule = "/meeting schedule group:\"Algo Club\" title:\"Weekly review\" start:\"2027-03-16 19:00\" repeat:\"every tue\" reminders:\"1d,15m\" location:\"Library room 2\"";
    private static readonly Instant Start = Instant.FromUtc(2027, 3, 15, 12, 0);
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Reminders_FireOnceEach_At19BerlinAcrossDaylightSaving()
    {
        await using var host = await ScheduledAsync();

        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 31, 0, 0));

        // 19:00 CET is 18:00Z until 28 March, 19:00 CEST is 17:00Z after it.
        Instant[] expected =
        [
            Instant.FromUtc(2027, 3, 15, 18, 0), Instant.FromUtc(2027, 3, 16, 17, 45),
            Instant.FromUtc(2027, 3, 22, 18, 0), Instant.FromUtc(2027, 3, 23, 17, 45),
            Instant.FromUtc(2027, 3, 29, 17, 0), Instant.FromUtc(2027, 3, 30, 16, 45),
        ];
        Assert.Equal(expected, host.Sender.SentAtExceptCards.Select(Instant.FromDateTimeOffset));
        Assert.Equal(6, host.Sender.SentExceptCards.Select(m => m.IdempotencyKey).Distinct().Count());
        Assert.All(host.Sender.SentExceptCards, m => Assert.Equal("general", m.ChannelId));
        Assert.Contains("Tue 30 Mar 2027 19:00 CEST", host.Sender.SentExceptCards[5].Content.Text, StringComparison.Ordinal);
        Assert.Contains("Tue 23 Mar 2027 19:00 CET", host.Sender.SentExceptCards[3].Content.Text, StringComparison.Ordinal);
        Assert.Equal(["Going", "Maybe", "Can't"], host.Sender.SentExceptCards[0].Content.Buttons.Select(b => b.Label));
    }

    [Fact]
    public async Task Restart_ContinuesTheSchedule_WithoutRepeatingAnything()
    {
        var first = await ScheduledAsync();
        await first.AdvanceToAsync(Instant.FromUtc(2027, 3, 16, 0, 0));
        var beforeRestart = first.Sender.SentExceptCards.Select(m => m.IdempotencyKey).ToList();
        await first.DisposeAsync();

        await using var second = await SchedulingHost.StartAsync(_database.ConnectionString, Instant.FromUtc(2027, 3, 16, 0, 0));
        await second.AdvanceToAsync(Instant.FromUtc(2027, 3, 24, 0, 0));

        Assert.Single(beforeRestart);
        var afterRestart = second.Sender.SentExceptCards.Select(m => m.IdempotencyKey).ToList();
        Assert.Equal(3, afterRestart.Count);
        Assert.Empty(afterRestart.Intersect(beforeRestart));
        Assert.Equal(4, beforeRestart.Concat(afterRestart).Distinct().Count());
    }

    [Fact]
    public async Task ReminderDueWhileDown_IsSentOnStart_WhenTheMeetingHasNotBegun()
    {
        var first = await ScheduledAsync();
        await first.DisposeAsync();

        // Down through both reminders of 16 March; back ten minutes before the meeting.
        await using var second = await SchedulingHost.StartAsync(_database.ConnectionString, Instant.FromUtc(2027, 3, 16, 17, 50));
        await second.AdvanceToAsync(Instant.FromUtc(2027, 3, 16, 17, 50));

        var late = Assert.Single(second.Sender.SentExceptCards);
        // Sent late, it says how far off the meeting really is.
        Assert.Contains("starts in 10 minutes", late.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReminderDueWhileDown_IsDropped_WhenTheMeetingBegan_AndTheNextOneIsStillReminded()
    {
        var first = await ScheduledAsync();
        await first.DisposeAsync();

        await using var second = await SchedulingHost.StartAsync(_database.ConnectionString, Instant.FromUtc(2027, 3, 16, 18, 30));
        await second.AdvanceToAsync(Instant.FromUtc(2027, 3, 16, 18, 30));
        Assert.Empty(second.Sender.SentExceptCards);

        await second.AdvanceToAsync(Instant.FromUtc(2027, 3, 23, 18, 0));
        Assert.Equal(2, second.Sender.SentExceptCards.Count);
        Assert.All(second.Sender.SentExceptCards, m => Assert.Contains("Tue 23 Mar 2027", m.Content.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SkippingAnOccurrence_CancelsItsRemindersAndTellsTheGroup()
    {
        await using var host = await ScheduledAsync();
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 17, 0, 0));
        var reply = await host.RunAsync("/meeting skip date:2027-03-23 group:\"Algo Club\"");
        Assert.False(reply.IsError, reply.Text);

        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 31, 0, 0));

        var texts = host.Sender.SentExceptCards.Select(m => m.Content.Text).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("Reminder", StringComparison.Ordinal) && t.Contains("23 Mar", StringComparison.Ordinal));
        Assert.Single(texts, t => t.Contains("is skipped", StringComparison.Ordinal));
        Assert.Equal(2, texts.Count(t => t.Contains("Reminder", StringComparison.Ordinal) && t.Contains("30 Mar", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task MovingAnOccurrence_MovesItsReminders()
    {
        await using var host = await ScheduledAsync();
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 17, 0, 0));
        var reply = await host.RunAsync("/meeting move date:2027-03-23 to:\"2027-03-24 18:00\" group:\"Algo Club\"");
        Assert.False(reply.IsError, reply.Text);
        var before = host.Sender.SentExceptCards.Count;

        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 25, 0, 0));

        var reminders = host.Sender.SentExceptCards.Skip(before).Where(m => m.Content.Text.StartsWith("Reminder", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, m => Assert.Contains("Wed 24 Mar 2027 18:00 CET", m.Content.Text, StringComparison.Ordinal));
        Assert.Equal(Instant.FromUtc(2027, 3, 23, 17, 0), Instant.FromDateTimeOffset(host.Sender.SentAtExceptCards[before + 1]));
    }

    [Fact]
    public async Task EditingTheTime_AfterAMeeting_MovesEveryLaterReminder_AcrossARestart()
    {
        var first = await ScheduledAsync();
        await first.AdvanceToAsync(Instant.FromUtc(2027, 3, 17, 0, 0));
        var reply = await first.RunAsync("/meeting edit time:18:00 group:\"Algo Club\"");
        Assert.False(reply.IsError, reply.Text);
        await first.DisposeAsync();

        await using var second = await SchedulingHost.StartAsync(_database.ConnectionString, Instant.FromUtc(2027, 3, 17, 0, 0));
        await second.AdvanceToAsync(Instant.FromUtc(2027, 3, 31, 0, 0));

        var reminders = second.Sender.Sent.Select((m, i) => (m, At: second.Sender.SentAt[i])).Where(s => s.m.Content.Text.StartsWith("Reminder", StringComparison.Ordinal)).ToList();
        // 18:00 CET is 17:00Z on the 23rd; 18:00 CEST is 16:00Z on the 30th.
        Assert.Equal(
            [Instant.FromUtc(2027, 3, 22, 17, 0), Instant.FromUtc(2027, 3, 23, 16, 45), Instant.FromUtc(2027, 3, 29, 16, 0), Instant.FromUtc(2027, 3, 30, 15, 45)],
            reminders.Select(r => Instant.FromDateTimeOffset(r.At)));
        Assert.Contains("Tue 30 Mar 2027 18:00 CEST", reminders[3].m.Content.Text, StringComparison.Ordinal);
        Assert.Contains(first.Sender.Sent.Concat(second.Sender.Sent), m => m.Content.Text.StartsWith("**Weekly review** changes from Tue 23 Mar 2027: time 19:00 → 18:00.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CancellingTheSeries_StopsAllReminders()
    {
        await using var host = await ScheduledAsync();
        var reply = await host.RunAsync("/meeting cancel meeting:\"Weekly review\" group:\"Algo Club\"");
        Assert.False(reply.IsError, reply.Text);

        await host.AdvanceToAsync(Instant.FromUtc(2027, 4, 30, 0, 0));

        var only = Assert.Single(host.Sender.SentExceptCards);
        Assert.Contains("is cancelled", only.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WeeklyOneWeekReminder_RightAfterSpringForward_FiresAtOccurrenceMinusOffset_NotWhenThePreviousMeetingStarts()
    {
        await using var host = await SchedulingHost.StartAsync(_database.ConnectionString, Instant.FromUtc(2027, 3, 10, 12, 0));
        Assert.False((await host.RunAsync("/group create name:\"Algo Club\" timezone:Europe/Berlin")).IsError);
        var scheduled = await host.RunAsync("/meeting schedule group:\"Algo Club\" title:\"Saturday session\" start:\"2027-03-20 08:00\" repeat:\"every sat\" reminders:\"1w\" count:3");
        Assert.False(scheduled.IsError, scheduled.Text);

        await host.AdvanceToAsync(Instant.FromUtc(2027, 4, 4, 0, 0));

        // 08:00 CET is 07:00Z on 20 and 27 March; summer time begins on the 28th, so 3 April's 08:00 CEST is 06:00Z
        // and its reminder falls due an hour before 27 March's meeting starts.
        Assert.Equal(
            [Instant.FromUtc(2027, 3, 13, 7, 0), Instant.FromUtc(2027, 3, 20, 7, 0), Instant.FromUtc(2027, 3, 27, 6, 0)],
            host.Sender.SentAtExceptCards.Select(Instant.FromDateTimeOffset));
        Assert.Contains("Sat 3 Apr 2027 08:00 CEST", host.Sender.SentExceptCards[2].Content.Text, StringComparison.Ordinal);
    }

    private async Task<SchedulingHost> ScheduledAsync()
    {
        var host = await SchedulingHost.StartAsync(_database.ConnectionString, Start);
        Assert.False((await host.RunAsync("/group create name:\"Algo Club\" timezone:Europe/Berlin")).IsError);
        var scheduled = await host.RunAsync(Schedule);
        Assert.False(scheduled.IsError, scheduled.Text);
        return host;
    }
}
