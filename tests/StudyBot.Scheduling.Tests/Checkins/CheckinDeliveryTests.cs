using NodaTime;
using StudyBot.Core.Messaging;
using StudyBot.Testing;

namespace StudyBot.Scheduling.Tests.Checkins;

/// <summary>
/// Check-ins through the real engine on a fake clock: prompts at each member's own local time, one nudge at
/// most, streaks in the member's calendar, away days, and a restart in the middle.
/// </summary>
public sealed class CheckinDeliveryTests : IDisposable
{
    // Monday 1 March 2027, 10:00 UTC: 11:00 in Berlin, 19:00 in Tokyo, 05:00 in New York.
    private static readonly Instant Start = Instant.FromUtc(2027, 3, 1, 10, 0);
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Prompts_ComeAtTheScheduledTime_InEachMembersOwnZone()
    {
        await using var host = await GroupAsync("days:daily time:20:00");

        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 2, 12, 0));

        var prompts = Prompts(host);
        Assert.Equal(
            [
                ("bob", Instant.FromUtc(2027, 3, 1, 11, 0)),    // 20:00 in Tokyo
                ("alice", Instant.FromUtc(2027, 3, 1, 19, 0)),  // 20:00 in Berlin, the group's zone (she set none)
                ("carol", Instant.FromUtc(2027, 3, 2, 1, 0)),   // 20:00 in New York, the evening before
                ("bob", Instant.FromUtc(2027, 3, 2, 11, 0)),
            ],
            prompts);
        var first = host.Sender.Sent.First(m => m.DirectUserId == "bob");
        Assert.Equal("Time to check in for **Algo Club** (Mon 1 Mar): what did you do, how are your goals, anything blocking you?", first.Content.Text);
        Assert.Equal(["Check in"], first.Content.Buttons.Select(b => b.Label));
    }

    [Fact]
    public async Task AMissedCheckin_GetsOneNudgeOnly_WarningThatTheStreakIsAboutToBreak()
    {
        await using var host = await GroupAsync("days:daily time:20:00 nudge:2h grace:0");
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 1, 19, 30));
        var checkedIn = await CheckInAsync(host, "alice", "Read chapter 1");
        Assert.Contains("Streak: 1 (best 1)", checkedIn.Text, StringComparison.Ordinal);

        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 3, 12, 0));

        var nudges = host.Sender.Sent.Where(m => m.DirectUserId == "alice" && m.Content.Text.Contains("haven't checked in", StringComparison.Ordinal)).ToList();
        var nudge = Assert.Single(nudges);
        Assert.Equal("You haven't checked in for **Algo Club** yet (Tue 2 Mar). Your streak of 1 check-in breaks if you miss this one. It takes a minute.", nudge.Content.Text);
        Assert.Equal(Instant.FromUtc(2027, 3, 2, 21, 0), Instant.FromDateTimeOffset(host.Sender.SentAt[host.Sender.Sent.ToList().IndexOf(nudge)]));
    }

    [Fact]
    public async Task ACheckinCounts_ForTheDayInTheMembersZone_EitherSideOfTheirMidnight()
    {
        await using var host = await GroupAsync("days:daily time:20:00");

        // 23:59 and 00:01 in Tokyo: two days of bob's calendar, though both are the same UTC day.
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 1, 14, 59));
        var late = await CheckInAsync(host, "bob", "Late night reading");
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 1, 15, 1));
        var early = await CheckInAsync(host, "bob", "Early start");

        Assert.StartsWith("Checked in for **Algo Club** (Mon 1 Mar). Streak: 1 (best 1).", late.Text, StringComparison.Ordinal);
        Assert.StartsWith("Checked in for **Algo Club** (Tue 2 Mar). Streak: 2 (best 2).", early.Text, StringComparison.Ordinal);

        // Checked in already on Tuesday, so Tuesday's prompt is not sent.
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 2, 12, 0));
        Assert.DoesNotContain(("bob", Instant.FromUtc(2027, 3, 2, 11, 0)), Prompts(host));
    }

    [Fact]
    public async Task Streaks_SurviveTheSpringForwardNight_AndAwayDaysNeitherBreakNorExtendThem()
    {
        // Berlin moves to summer time in the night to Sunday 28 March 2027.
        await using var host = await GroupAsync("days:daily time:20:00 grace:0", start: Instant.FromUtc(2027, 3, 25, 10, 0));
        Assert.False((await host.RunAsync("/away set from:2027-03-27 until:2027-03-27", @as: "alice")).IsError);

        foreach (var day in new[] { 25, 26, 28, 29 })
        {
            // 20:30 in Berlin: 19:30 UTC in winter time, 18:30 UTC in summer time.
            await host.AdvanceToAsync(Instant.FromUtc(2027, 3, day, day < 28 ? 19 : 18, 30));
            var reply = await CheckInAsync(host, "alice", $"Day {day}");
            Assert.False(reply.IsError, reply.Text);
        }

        var last = await host.RunAsync("/stats", @as: "alice");
        Assert.Equal("4 (best 4), 0 grace left this week", last.Fields.Single(f => f.Name == "Streak").Value);

        // No prompt on the away day; after the change the prompt is still at 20:00 in Berlin.
        var prompts = Prompts(host).Where(p => p.User == "alice").Select(p => p.At).ToList();
        Assert.DoesNotContain(Instant.FromUtc(2027, 3, 27, 19, 0), prompts);
        Assert.Contains(Instant.FromUtc(2027, 3, 28, 18, 0), prompts);
    }

    [Fact]
    public async Task TheDigest_ComesOnceAtItsSlot_WithCountsGoalsBlockersAndAChart_AcrossARestart()
    {
        var first = await GroupAsync("days:weekdays time:20:00 digest:\"sun 18:00\"");
        Assert.False((await first.RunAsync("/goal add title:\"Read SICP\" target:\"12 chapters\" scope:group", @as: "alice")).IsError);
        var goalField = "goal-1";
        await first.AdvanceToAsync(Instant.FromUtc(2027, 3, 1, 19, 30));
        await CheckInAsync(first, "alice", "Chapter 1", new() { [goalField] = "2" });
        await first.AdvanceToAsync(Instant.FromUtc(2027, 3, 2, 19, 30));
        await CheckInAsync(first, "alice", "Chapter 3", new() { [goalField] = "1", ["blockers"] = "Stuck on exercise 3.2" });
        await CheckInAsync(first, "bob", "Exercises");
        await first.DisposeAsync();

        // Down from Tuesday evening to Thursday: what was due meanwhile comes once, late or not at all.
        await using var host = await SchedulingHost.StartAsync(_database.ConnectionString, Instant.FromUtc(2027, 3, 4, 9, 0));
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 8, 0, 0));

        var digest = Assert.Single(host.Sender.Sent, m => m.Content.Text.Contains("weekly check-in digest", StringComparison.Ordinal));
        Assert.Equal("general", digest.ChannelId);
        Assert.Equal(Instant.FromUtc(2027, 3, 7, 17, 0), Instant.FromDateTimeOffset(host.Sender.SentAt[host.Sender.Sent.ToList().IndexOf(digest)]));
        Assert.Equal("**Algo Club: weekly check-in digest** (Sun 28 Feb to Sun 7 Mar). 3 check-ins of 15 asked for.", digest.Content.Text);
        var fields = digest.Content.Fields.ToDictionary(f => f.Name, f => RichText.ToPlain(f.Value));
        // Wednesday was forgiven (one grace day a week); missing Thursday too broke both streaks.
        Assert.Equal("@alice: 2 of 5, streak 0 (best 2)\n@bob: 1 of 5, streak 0 (best 1)\n@carol: 0 of 5, streak 0 (best 0)", fields["Check-ins"]);
        Assert.Equal("#1 Read SICP: 3 of 12 chapters (25%), +3 chapters this week", fields["Goals"]);
        Assert.Equal("@alice: Stuck on exercise 3.2", fields["Open blockers"]);
        Assert.Equal(["Check-ins", "Goals", "Open blockers"], fields.Keys);
        Assert.Empty(digest.Content.MentionUserIds);

        var prompts = Prompts(host).Select(p => (p.User, p.At.InUtc().Date)).ToList();
        Assert.Equal(prompts.Distinct().Count(), prompts.Count);

        var chart = Assert.Single(digest.Content.Attachments);
        Assert.Equal("image/png", chart.ContentType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], chart.Content.Take(4));
        Assert.InRange(chart.Content.Length, 5_000, 500_000);
    }

    [Fact]
    public async Task TheDigest_ListsTheResourcesAddedInItsWeek_AndOnlyThose()
    {
        // Friday 26 February: the week of the digest of Sunday 28 February.
        await using var host = await GroupAsync("days:weekdays time:20:00 digest:\"sun 18:00\"", start: Instant.FromUtc(2027, 2, 26, 10, 0));
        Assert.False((await host.RunAsync("/resource add url:https://htdp.org title:\"How to Design Programs\"", "carol")).IsError);
        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 1, 10, 0));
        Assert.False((await host.RunAsync("/resource add url:https://mitpress.mit.edu/sicp title:\"SICP\" tags:\"sicp, lisp\"", "alice")).IsError);
        Assert.False((await host.RunAsync("/resource add url:https://ocw.mit.edu/6-001 title:\"6.001 lectures\"", "bob")).IsError);

        await host.AdvanceToAsync(Instant.FromUtc(2027, 3, 8, 0, 0));

        var digests = host.Sender.Sent.Where(m => m.Content.Text.Contains("weekly check-in digest", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, digests.Count);
        Assert.Equal(
            [
                "#1 How to Design Programs (https://htdp.org), from @carol",
                "#2 SICP (https://mitpress.mit.edu/sicp) [sicp, lisp], from @alice\n#3 6.001 lectures (https://ocw.mit.edu/6-001), from @bob",
            ],
            digests.Select(d => RichText.ToPlain(d.Content.Fields.Single(f => f.Name == "Resources added this week").Value)));
        Assert.Contains("(<https://htdp.org>", RichText.Render(digests[0].Content.Fields[^1].Value, s => s, (_, f) => f, (_, n) => n, (_, n) => n, (url, title) => $"[{title}](<{url}>)"), StringComparison.Ordinal);
        Assert.All(digests, d => Assert.Empty(d.Content.MentionUserIds));
    }

    private static List<(string User, Instant At)> Prompts(SchedulingHost host) =>
        host.Sender.Sent.Select((m, i) => (m, i))
            .Where(x => x.m.Content.Text.Contains("to check in for", StringComparison.Ordinal))
            .Select(x => (x.m.DirectUserId!, Instant.FromDateTimeOffset(host.Sender.SentAt[x.i])))
            .ToList();

    private static async Task<Reply> CheckInAsync(SchedulingHost host, string who, string did, Dictionary<string, string>? more = null)
    {
        var opened = await host.ComponentAsync("checkin-open:1", who);
        Assert.NotNull(opened.Form);
        var values = new Dictionary<string, string>(more ?? []) { ["did"] = did };
        return await host.ComponentAsync(opened.Form!.FormId, who, values);
    }

    private async Task<SchedulingHost> GroupAsync(string schedule, Instant? start = null)
    {
        var host = await SchedulingHost.StartAsync(_database.ConnectionString, start ?? Start);
        foreach (var (line, who) in new[]
        {
            ("/group create name:\"Algo Club\" timezone:Europe/Berlin", "alice"),
            ("/timezone set zone:Asia/Tokyo", "bob"),
            ("/group join name:\"Algo Club\"", "bob"),
            ("/group join name:\"Algo Club\"", "carol"),
            ("/timezone set zone:America/New_York", "carol"),
            ($"/checkin schedule {schedule}", "alice"),
        })
        {
            var reply = await host.RunAsync(line, who);
            Assert.False(reply.IsError, reply.Text);
        }

        return host;
    }
}
