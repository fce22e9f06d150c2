using System.Globalization;
using NodaTime;
using StudyBot.Testing;

namespace StudyBot.Scheduling.Tests;

/// <summary>
/// Random meetings in zones with odd rules, with random reminder offsets (up to four weeks) and repeats, run
/// through the real host on a simulated clock with restarts in between: every reminder fires at its
/// occurrence's start minus its offset, once, in order. Starts come from the operating system's zone data and
/// a plain day-by-day reading of the repeat, not from StudyBot's own time code.
/// </summary>
public sealed class ReminderPropertyTests : IDisposable
{
    // Half-hour and 45-minute offsets, half-hour summer time, southern summers, negative summer time (Dublin),
    // zones that dropped summer time: the cases that break naive code. Zones whose 2027 rules changed recently
    // (America/Havana, Africa/Casablanca) are left out: Debian's tzdata 2025b and NodaTime's 2026f disagree on
    // them, which would test the data's age, not StudyBot.
    private static readonly string[] Zones =
    [
        "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Pacific/Chatham", "America/Sao_Paulo", "America/St_Johns",
        "Asia/Kolkata", "Europe/Dublin", "Asia/Tehran", "Australia/Adelaide", "America/Santiago", "Pacific/Auckland", "Europe/London",
        "Australia/Eucla", "Asia/Kathmandu", "America/Asuncion",
    ];

    private static readonly (string Text, Duration Length)[] Offsets =
    [
        ("10m", Duration.FromMinutes(10)), ("45m", Duration.FromMinutes(45)), ("1h", Duration.FromHours(1)), ("3h", Duration.FromHours(3)),
        ("12h", Duration.FromHours(12)), ("1d", Duration.FromDays(1)), ("2d", Duration.FromDays(2)), ("3d", Duration.FromDays(3)),
        ("1w", Duration.FromDays(7)), ("2w", Duration.FromDays(14)), ("4w", Duration.FromDays(28)),
    ];

    // Times around the usual 01:00-03:00 switch hours land in gaps and overlaps when the date is right.
    private static readonly LocalTime[] Times = [new(0, 30), new(1, 30), new(2, 0), new(2, 30), new(3, 0), new(7, 15), new(12, 0), new(19, 0), new(23, 45)];

    private readonly TestDatabase _database = new();

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 24));

    public void Dispose() => _database.Dispose();

    [Fact]
    public void TheOracleKnowsTheZones()
    {
        Assert.All(Zones, zone => Assert.True(ZoneOracle.Knows(zone), $"The system has no zone data for {zone}; install tzdata."));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task EveryReminder_FiresAtOccurrenceMinusOffset_OnceAndInOrder_AcrossRestarts(int seed)
    {
        var meeting = RandomMeeting.Create(new Random(seed), Zones, Offsets, Times);
        var expected = meeting.ExpectedReminders();
        var end = meeting.Starts.Max() + Duration.FromHours(1);
        var restarts = new[] { meeting.ScheduledAt + (end - meeting.ScheduledAt) / 3, meeting.ScheduledAt + ((end - meeting.ScheduledAt) * 2 / 3) };
        var sender = new RecordingSender();

        var host = await SchedulingHost.StartAsync(_database.ConnectionString, meeting.ScheduledAt, sender);
        Assert.False((await host.RunAsync($"/group create name:\"Prop\" timezone:{meeting.Zone}")).IsError);
        var scheduled = await host.RunAsync(meeting.Command);
        Assert.False(scheduled.IsError, $"{meeting.Command}\n{scheduled.Text}");
        foreach (var restart in restarts)
        {
            await host.AdvanceToAsync(restart);
            await host.DisposeAsync();
            host = await SchedulingHost.StartAsync(_database.ConnectionString, restart, sender);
        }

        await host.AdvanceToAsync(end);
        await host.DisposeAsync();

        var fired = sender.SentExceptCards.Zip(sender.SentAtExceptCards, (message, at) => (Reminder: Parse(message.IdempotencyKey), At: Instant.FromDateTimeOffset(at))).ToList();
        var context = $"seed {seed}: {meeting.Command} in {meeting.Zone}, scheduled at {meeting.ScheduledAt}, restarts at {string.Join(", ", restarts)}";
        var wanted = expected.OrderBy(r => r.Start).ThenBy(r => r.Offset).ToList();
        var got = fired.Select(f => f.Reminder).OrderBy(r => r.Start).ThenBy(r => r.Offset).ToList();
        Assert.True(wanted.SequenceEqual(got), $"{context}\nexpected: {string.Join(", ", wanted)}\nfired:    {string.Join(", ", got)}");
        Assert.All(fired, f => Assert.True(f.At == f.Reminder.Start - f.Reminder.Offset, $"{context}: {f.Reminder} fired at {f.At}"));
        Assert.Equal(fired.Select(f => f.At).Order(), fired.Select(f => f.At));
    }

    // meeting.reminder:{series}:{slot}:{offset minutes}:{start, Unix seconds}
    private static ExpectedReminder Parse(string key)
    {
        var parts = key.Split(':');
        Assert.Equal("meeting.reminder", parts[0]);
        return new ExpectedReminder(
            Instant.FromUnixTimeSeconds(long.Parse(parts[4], CultureInfo.InvariantCulture)),
            Duration.FromMinutes(long.Parse(parts[3], CultureInfo.InvariantCulture)));
    }
}
