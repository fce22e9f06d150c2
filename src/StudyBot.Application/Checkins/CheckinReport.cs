using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Application.Charts;
using StudyBot.Application.Resources;
using StudyBot.Core.Checkins;
using StudyBot.Core.Goals;
using StudyBot.Core.Groups;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Application.Checkins;

/// <summary>
/// The weekly accountability digest and <c>/stats</c>: who checked in how often, streaks, goal progress, open
/// blockers, and a chart of recent weeks. The channel sees group goals only; personal goals stay private.
/// </summary>
public sealed class CheckinReport(StudyBotDbContext db, CheckinCalendar calendar, IProgressCharts charts, ResourceLibrary resources)
{
    /// <summary>Weeks the charts show.</summary>
    public const int ChartWeeks = 6;

    // Plain characters of new resources the digest lists (a Discord embed field holds 1024 with the links' markup).
    private const int ResourcesBudget = 700;

    /// <summary>The digest of the week ending at <paramref name="end"/>.</summary>
    public async Task<Reply> DigestAsync(Group group, CheckinSchedule schedule, Instant end, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(schedule);
        var zone = group.Zone();
        var start = end - Duration.FromDays(7);
        var members = group.Members.ToList();
        var checkins = await db.Checkins.Where(c => c.GroupId == group.Id && c.At >= start && c.At < end).OrderBy(c => c.At).ToListAsync(cancellationToken).ConfigureAwait(false);
        // The chart's last week is the digest's week, so its per-member counts serve both.
        var weeks = await WeeksAsync(group, schedule, members, end, cancellationToken).ConfigureAwait(false);
        var expected = weeks[^1].ExpectedBy;
        var streaks = await calendar.StreaksAsync(group, schedule, members, end, cancellationToken).ConfigureAwait(false);

        var lines = members
            .Select(m => (Member: m, Done: checkins.Where(c => c.UserId == m.UserId).Select(c => c.LocalDate).Distinct().Count(), Streak: streaks[m.UserId].State))
            .OrderByDescending(r => r.Done).ThenByDescending(r => r.Streak.Current).ThenBy(r => r.Member.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Select(r => $"{RichText.User(r.Member.UserId, r.Member.DisplayName)}: {r.Done} of {expected[r.Member.UserId]}, streak {r.Streak.Current} (best {r.Streak.Longest})")
            .ToList();

        var goals = await db.Goals.Include(g => g.History).Where(g => g.GroupId == group.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var groupGoals = goals.Where(g => g.IsGroupGoal && (g.IsOpen || g.DoneAt >= start)).ToList();
        var personal = goals.Where(g => !g.IsGroupGoal).ToList();
        var goalLines = groupGoals.Select(g => $"#{g.Id} {g.Title}: {g.DescribeProgress()}{Moved(g, start, end)}{(g.DoneAt is not null ? ", done" : string.Empty)}").ToList();
        var personalDone = personal.Count(g => g.DoneAt >= start && g.DoneAt < end);
        var personalMoved = personal.Count(g => g.History.Any(p => p.At >= start && p.At < end));
        if (personalMoved + personalDone > 0)
        {
            goalLines.Add($"Personal goals: progress on {personalMoved}, {personalDone} done");
        }

        // A member's blockers are open until their next check-in says otherwise.
        var latest = checkins.GroupBy(c => c.UserId).Select(g => g.Last()).Where(c => c.Blockers is not null).ToList();
        var fields = new List<ReplyField>
        {
            new("Check-ins", lines.Count == 0 ? "Nobody yet." : string.Join("\n", lines)),
            new("Goals", goalLines.Count == 0 ? "No group goals yet: add one with `/goal add scope:group`." : string.Join("\n", goalLines)),
            new("Open blockers", latest.Count == 0 ? "None." : string.Join("\n", latest.Select(c => $"{RichText.User(c.UserId, CheckinMessages.Name(group, c.UserId))}: {c.Blockers}"))),
        };

        // Only a week with new resources says so, so a digest without any reads as it always did.
        var added = await resources.AddedBetweenAsync(group.Id, start, end, cancellationToken).ConfigureAwait(false);
        if (added.Count > 0)
        {
            var (shown, left) = ResourceTexts.Within(added.Select(r => ResourceTexts.Brief(r, group)).ToList(), ResourcesBudget);
            var more = left == 0 ? string.Empty : $"\n…and {left} more in `/resource list`.";
            fields.Add(new ReplyField("Resources added this week", string.Join("\n", shown) + more));
        }

        var chart = new ProgressChart($"{group.Name}: last {ChartWeeks} weeks", weeks.Select(w => w.Week).ToList(), GoalLines(groupGoals, weeks));
        var total = checkins.Select(c => (c.UserId, c.LocalDate)).Distinct().Count();
        return new Reply
        {
            Text = $"**{group.Name}: weekly check-in digest** ({Day(start, zone)} to {Day(end - Duration.FromTicks(1), zone)}). {CheckinMessages.Checkins(total)} of {expected.Values.Sum()} asked for.",
            Fields = fields,
            Attachments = [new ReplyAttachment($"checkins-{end.InZone(zone).Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}.png", "image/png", charts.RenderPng(chart))],
        };
    }

    /// <summary>A member's stats: check-in rate, streak, meeting attendance, goals, with a chart of recent weeks.</summary>
    public async Task<Reply> StatsAsync(Group group, CheckinSchedule? schedule, GroupMember member, bool showPersonalGoals, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(member);
        var fields = new List<ReplyField>();
        List<ChartWeek> weeks = [];
        if (schedule is not null)
        {
            var streak = (await calendar.StreakAsync(group, schedule, member, now, cancellationToken).ConfigureAwait(false)).State;
            weeks = await WeeksAsync(group, schedule, [member], now, cancellationToken).ConfigureAwait(false);
            var (done, asked) = (weeks.Sum(w => w.Week.CheckedIn), weeks.Sum(w => w.Week.Expected));
            fields.Add(new ReplyField("Check-ins", $"{done} of {asked} in the last {ChartWeeks} weeks{Rate(done, asked)}", Inline: true));
            fields.Add(new ReplyField("Streak", $"{streak.Current} (best {streak.Longest}), {streak.GraceLeftThisWeek} grace left this week", Inline: true));
        }
        else
        {
            fields.Add(new ReplyField("Check-ins", $"{group.Name} has no check-in schedule yet (`/checkin schedule`).", Inline: true));
        }

        var (attended, held) = await AttendanceAsync(group, member, cancellationToken).ConfigureAwait(false);
        fields.Add(new ReplyField("Meetings", held == 0 ? "No attendance taken yet." : $"{attended} of {held} attended{Rate(attended, held)}", Inline: true));

        var goals = await db.Goals.Include(g => g.History)
            .Where(g => g.GroupId == group.Id && (g.OwnerUserId == null || (showPersonalGoals && g.OwnerUserId == member.UserId)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var own = goals.Where(g => g.OwnerUserId == member.UserId).ToList();
        var contributed = goals.Where(g => g.IsGroupGoal && g.History.Any(p => p.UserId == member.UserId)).ToList();
        var goalText = showPersonalGoals
            ? $"{own.Count(g => g.DoneAt is not null)} done, {own.Count(g => g.IsOpen)} open; helped with {contributed.Count} group goal{(contributed.Count == 1 ? string.Empty : "s")}"
            : $"Helped with {contributed.Count} group goal{(contributed.Count == 1 ? string.Empty : "s")} (personal goals are private)";
        fields.Add(new ReplyField("Goals", goalText, Inline: true));

        var shown = own.Where(g => g.IsOpen || g.DoneAt is not null).Concat(contributed).Where(g => g.Target is not null).Take(8).ToList();
        var chart = new ProgressChart($"{member.DisplayName} in {group.Name}", weeks.Select(w => w.Week).ToList(), GoalLines(shown, weeks));
        return new Reply
        {
            Text = $"Stats for {RichText.User(member.UserId, member.DisplayName)} in **{group.Name}**",
            Fields = fields,
            Attachments = [new ReplyAttachment("stats.png", "image/png", charts.RenderPng(chart))],
            Ephemeral = true,
        };
    }

    // The last weeks, oldest first, each ending a whole number of weeks before 'end'.
    private async Task<List<ChartWeek>> WeeksAsync(Group group, CheckinSchedule schedule, IReadOnlyCollection<GroupMember> members, Instant end, CancellationToken cancellationToken)
    {
        var from = end - Duration.FromDays(7 * ChartWeeks);
        var userIds = members.Select(m => m.UserId).ToList();
        var checkins = await db.Checkins.Where(c => c.GroupId == group.Id && userIds.Contains(c.UserId) && c.At >= from && c.At < end)
            .Select(c => new { c.UserId, c.LocalDate, c.At })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var windows = Enumerable.Range(0, ChartWeeks).Reverse()
            .Select(week => (From: end - Duration.FromDays(7 * (week + 1)), Until: end - Duration.FromDays(7 * week)))
            .ToList();
        var expected = await calendar.ExpectedAsync(group, schedule, members, windows, end, cancellationToken).ConfigureAwait(false);
        return windows.Select((w, i) =>
            {
                var done = checkins.Where(c => c.At >= w.From && c.At < w.Until).Select(c => (c.UserId, c.LocalDate)).Distinct().Count();
                var label = w.From.InZone(group.Zone()).Date.ToString("d MMM", CultureInfo.InvariantCulture);
                return new ChartWeek(w.Until, new WeekOfCheckins(label, done, expected[i].Values.Sum()), expected[i]);
            })
            .ToList();
    }

    private async Task<(int Attended, int Held)> AttendanceAsync(Group group, GroupMember member, CancellationToken cancellationToken)
    {
        var series = db.MeetingSeries.Where(s => s.GroupId == group.Id).Select(s => s.Id);
        var taken = await db.Attendance.Where(a => series.Contains(a.SeriesId) && a.RecordedAt >= member.JoinedAt)
            .Select(a => new { a.SeriesId, a.Occurrence, a.UserId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var held = taken.Select(a => (a.SeriesId, a.Occurrence)).Distinct().Count();
        return (taken.Count(a => a.UserId == member.UserId), held);
    }

    private static List<GoalLine> GoalLines(IEnumerable<Goal> goals, IReadOnlyList<ChartWeek> weeks) =>
        goals.Where(g => g.Target is not null)
            .Select(g => new GoalLine($"#{g.Id} {g.Title}", weeks.Select(w => Percent(g, w.End)).ToList()))
            .ToList();

    private static double Percent(Goal goal, Instant at)
    {
        var total = goal.History.Where(p => p.At < at).Select(p => p.TotalAfter).LastOrDefault();
        return (double)Math.Min(100m, total * 100m / goal.Target!.Value);
    }

    private static string Moved(Goal goal, Instant start, Instant end)
    {
        var added = goal.History.Where(p => p.At >= start && p.At < end).Sum(p => p.Amount);
        return added > 0 ? $", +{GoalTarget.Describe(added, goal.Unit)} this week" : string.Empty;
    }

    private static string Rate(int done, int of) => of == 0 ? string.Empty : $" ({Math.Round(100.0 * done / of):0}%)";

    private static string Day(Instant at, DateTimeZone zone) => at.InZone(zone).Date.ToString("ddd d MMM", CultureInfo.InvariantCulture);
}

/// <summary>A week of a chart: when it ends, its bar, and how many prompts each member was due in it.</summary>
/// <param name="End">The end of the week.</param>
/// <param name="Week">What the chart draws.</param>
/// <param name="ExpectedBy">Prompts due per member.</param>
internal sealed record ChartWeek(Instant End, WeekOfCheckins Week, IReadOnlyDictionary<string, int> ExpectedBy);
