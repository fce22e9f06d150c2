using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Core.Messaging;
using StudyBot.Testing;

namespace StudyBot.Scheduling.Tests.Mentors;

/// <summary>
/// A mentoring pair through the real engine on a fake clock: bob (Tokyo) mentored by carol (New York), weekly on
/// Friday at 17:00 in each one's zone. Each part comes once per week at the right instant, across a restart; an
/// unanswered week brings carol one reminder, an answered one none, and her answer reaches bob.
/// </summary>
public sealed class MentorDeliveryTests : IDisposable
{
    // Monday 1 March 2027, 10:00 UTC.
    private static readonly Instant Start = Instant.FromUtc(2027, 3, 1, 10, 0);
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TheWeeklyCheckin_ComesOncePerWeek_InEachPersonsZone_AcrossARestart()
    {
        var first = await SchedulingHost.StartAsync(_database.ConnectionString, Start);
        foreach (var (line, who) in new[]
        {
            ("/group create name:\"Algo Club\" timezone:Europe/Berlin", "alice"),
            ("/timezone set zone:Asia/Tokyo", "bob"),
            ("/group join name:\"Algo Club\"", "bob"),
            ("/timezone set zone:America/New_York", "carol"),
            ("/goal add title:\"Read SICP\" target:\"12 chapters\"", "bob"),
            ("/mentor link member:@bob mentor:@carol every:\"fri 17:00\"", "alice"),
        })
        {
            await RunAsync(first, line, who);
        }

        await first.AdvanceToAsync(Instant.FromUtc(2027, 3, 2, 9, 0));
        await CheckInAsync(first, "bob", "Chapter 1 and exercises");
        await RunAsync(first, "/goal progress goal:#1 amount:2", "bob");
        await first.DisposeAsync();

        // Down from Tuesday to Thursday; then two weeks go by.
        await using var host = await SchedulingHost.StartAsync(_database.ConnectionString, Instant.FromUtc(2027, 3, 4, 9, 0));
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 9, 0, 0));
        var week1 = Summaries(host).Single();
        Assert.Equal(Instant.FromUtc(2027, 3, 5, 22, 0), SentAt(host, week1));   // 17:00 in New York
        Assert.Equal("Your weekly mentor check-in with **bob** (Algo Club), the week to Fri 5 Mar. Press Reply to answer them.", week1.Content.Text);
        var fields = week1.Content.Fields.ToDictionary(f => f.Name, f => f.Value);
        Assert.Equal("Tue 2 Mar: Chapter 1 and exercises", fields["Check-ins"]);
        Assert.Equal("Read SICP: +2 chapters", fields["Goal progress"]);
        Assert.Equal("mentor-reply:1:2027-03-05", Assert.Single(week1.Content.Buttons).ActionId);

        // Carol did not answer week 1: one reminder a day later. She answers week 2 before its reminder is due.
        Assert.Equal([Instant.FromUtc(2027, 3, 6, 22, 0)], Reminders(host).Select(m => SentAt(host, m)));
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 12, 23, 0));
        var answered = await host.ComponentAsync("mentor-answer:1:2027-03-12", "carol", new Dictionary<string, string> { ["answer"] = "Good week. Try exercise 1.11 next." });
        Assert.False(answered.IsError, answered.Text);
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 15, 0, 0));

        Assert.Equal([Instant.FromUtc(2027, 3, 5, 22, 0), Instant.FromUtc(2027, 3, 12, 22, 0)], Summaries(host).Select(m => SentAt(host, m)));
        Assert.Equal([Instant.FromUtc(2027, 3, 6, 22, 0)], Reminders(host).Select(m => SentAt(host, m)));
        Assert.Equal(
            [Instant.FromUtc(2027, 3, 5, 8, 0), Instant.FromUtc(2027, 3, 12, 8, 0)],  // 17:00 in Tokyo
            host.Sender.Sent.Where(m => m.DirectUserId == "bob" && m.Content.Text.StartsWith("It's your weekly mentor check-in", StringComparison.Ordinal)).Select(m => SentAt(host, m)));
        var answer = Assert.Single(host.Sender.Sent, m => m.DirectUserId == "bob" && m.Content.Text.Contains("answered", StringComparison.Ordinal));
        Assert.Equal("**carol** answered your week to 2027-03-12 (Algo Club): Good week. Try exercise 1.11 next.", answer.Content.Text);
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.MentorNotes.CountAsync());
    }

    private static IEnumerable<OutboundMessage> Summaries(SchedulingHost host) =>
        host.Sender.Sent.Where(m => m.DirectUserId == "carol" && m.Content.Text.StartsWith("Your weekly mentor check-in", StringComparison.Ordinal));

    private static IEnumerable<OutboundMessage> Reminders(SchedulingHost host) =>
        host.Sender.Sent.Where(m => m.DirectUserId == "carol" && m.Content.Text.StartsWith("Reminder:", StringComparison.Ordinal));

    private static Instant SentAt(SchedulingHost host, OutboundMessage message) =>
        Instant.FromDateTimeOffset(host.Sender.SentAt[host.Sender.Sent.ToList().IndexOf(message)]);

    private static async Task CheckInAsync(SchedulingHost host, string who, string did)
    {
        var reply = await host.ComponentAsync("checkin:1", who, new Dictionary<string, string> { ["did"] = did });
        Assert.False(reply.IsError, reply.Text);
    }

    private static async Task RunAsync(SchedulingHost host, string line, string who)
    {
        var reply = await host.RunAsync(line, who);
        Assert.False(reply.IsError, reply.Text);
    }
}
