using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Application.Roles;
using StudyBot.Core.Checkins;
using StudyBot.Core.Groups;
using StudyBot.Persistence;

namespace StudyBot.Application.Checkins;

/// <summary>
/// Each member's check-in calendar in their own zone (the one they set, else the group's): their streak, and
/// the days that neither break nor extend it (away, or check-ins paused).
/// </summary>
public sealed class CheckinCalendar(StudyBotDbContext db, AwayCalendar away)
{
    /// <summary>How far back streaks look; a year of daily check-ins is plenty to be proud of.</summary>
    public static readonly Duration History = Duration.FromDays(400);

    /// <summary>The zone each member's check-ins live in.</summary>
    public async Task<IReadOnlyDictionary<string, DateTimeZone>> ZonesAsync(Group group, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var own = await away.ZonesAsync(group.WorkspaceId, userIds, cancellationToken).ConfigureAwait(false);
        return userIds.Distinct().ToDictionary(u => u, u => own.GetValueOrDefault(u) ?? group.Zone(), StringComparer.Ordinal);
    }

    /// <summary>The streaks of <paramref name="members"/> at <paramref name="now"/>, each in their own zone.</summary>
    public async Task<IReadOnlyDictionary<string, MemberStreak>> StreaksAsync(Group group, CheckinSchedule schedule, IReadOnlyCollection<GroupMember> members, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(members);
        var userIds = members.Select(m => m.UserId).ToList();
        var zones = await ZonesAsync(group, userIds, cancellationToken).ConfigureAwait(false);
        var since = now - History;
        var checkins = (await db.Checkins
                .Where(c => c.GroupId == group.Id && userIds.Contains(c.UserId) && c.At >= since)
                .Select(c => new { c.UserId, c.LocalDate })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(c => c.UserId, c => c.LocalDate);
        var skipped = await SkippedDatesAsync(group, userIds, zones, now, cancellationToken).ConfigureAwait(false);

        var streaks = new Dictionary<string, MemberStreak>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            var zone = zones[member.UserId];

            // Streaks start with the first prompt they could answer: after the schedule was set and they joined.
            var start = Instant.Max(schedule.CreatedAt, member.JoinedAt);
            var first = schedule.NextPrompt(start - Duration.FromTicks(1), zone).Date;
            var today = now.InZone(zone).Date;
            var history = new StreakHistory(schedule.Days, first, checkins[member.UserId].ToList(), skipped.GetValueOrDefault(member.UserId) ?? new HashSet<LocalDate>(), schedule.GracePerWeek);
            streaks[member.UserId] = new MemberStreak(member.UserId, zone, today, today < first ? Empty(schedule) : Streaks.Compute(history, today));
        }

        return streaks;
    }

    /// <summary>The member's streak alone.</summary>
    public async Task<MemberStreak> StreakAsync(Group group, CheckinSchedule schedule, GroupMember member, Instant now, CancellationToken cancellationToken) =>
        (await StreaksAsync(group, schedule, [member], now, cancellationToken).ConfigureAwait(false))[member.UserId];

    /// <summary>
    /// How many prompts each member was due in each of <paramref name="windows"/> (from, inclusive, to until):
    /// scheduled days of their calendar whose prompt time falls in the window, leaving out days away or paused
    /// and days before their first prompt. Zones, away days and pauses are read once for all windows.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, int>>> ExpectedAsync(Group group, CheckinSchedule schedule, IReadOnlyCollection<GroupMember> members, IReadOnlyList<(Instant From, Instant Until)> windows, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(windows);
        var userIds = members.Select(m => m.UserId).ToList();
        var zones = await ZonesAsync(group, userIds, cancellationToken).ConfigureAwait(false);
        var skipped = await SkippedDatesAsync(group, userIds, zones, now, cancellationToken).ConfigureAwait(false);
        return windows.Select(window => (IReadOnlyDictionary<string, int>)members.ToDictionary(
                m => m.UserId,
                m => Expected(schedule, m, zones[m.UserId], skipped[m.UserId], window.From, window.Until),
                StringComparer.Ordinal))
            .ToList();
    }

    /// <summary>Whether check-ins are paused for <paramref name="userId"/> (alone, or the whole group).</summary>
    public Task<bool> IsPausedAsync(long groupId, string userId, CancellationToken cancellationToken) =>
        db.CheckinPauses.AnyAsync(p => p.GroupId == groupId && p.Until == null && (p.UserId == null || p.UserId == userId), cancellationToken);

    /// <summary>Whether <paramref name="userId"/> is away on <paramref name="date"/> of their own calendar.</summary>
    public Task<bool> IsAwayAsync(long workspaceId, string userId, LocalDate date, CancellationToken cancellationToken) =>
        db.AwayPeriods.AnyAsync(p => p.WorkspaceId == workspaceId && p.UserId == userId && p.From <= date && p.Until >= date, cancellationToken);

    // Away days are already in each member's calendar; pauses are instants, read in the member's zone.
    private async Task<Dictionary<string, HashSet<LocalDate>>> SkippedDatesAsync(Group group, IReadOnlyCollection<string> userIds, IReadOnlyDictionary<string, DateTimeZone> zones, Instant now, CancellationToken cancellationToken)
    {
        var from = (now - History).InUtc().Date;
        var periods = await db.AwayPeriods
            .Where(p => p.WorkspaceId == group.WorkspaceId && userIds.Contains(p.UserId) && p.Until >= from)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pauses = await db.CheckinPauses.Where(p => p.GroupId == group.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var skipped = new Dictionary<string, HashSet<LocalDate>>(StringComparer.Ordinal);
        foreach (var userId in userIds)
        {
            var dates = new HashSet<LocalDate>();
            foreach (var period in periods.Where(p => p.UserId == userId))
            {
                for (var date = period.From; date <= period.Until && date <= now.InZone(zones[userId]).Date.PlusDays(1); date = date.PlusDays(1))
                {
                    dates.Add(date);
                }
            }

            foreach (var pause in pauses.Where(p => p.UserId is null || p.UserId == userId))
            {
                dates.UnionWith(pause.Dates(zones[userId], now));
            }

            skipped[userId] = dates;
        }

        return skipped;
    }

    private static int Expected(CheckinSchedule schedule, GroupMember member, DateTimeZone zone, HashSet<LocalDate> skipped, Instant from, Instant until)
    {
        var start = Instant.Max(Instant.Max(schedule.CreatedAt, member.JoinedAt), from);
        var count = 0;
        for (var prompt = schedule.NextPrompt(start - Duration.FromTicks(1), zone); prompt.ToInstant() < until; prompt = schedule.NextPrompt(prompt.ToInstant(), zone))
        {
            count += skipped.Contains(prompt.Date) ? 0 : 1;
        }

        return count;
    }

    private static StreakState Empty(CheckinSchedule schedule) => new(0, 0, schedule.GracePerWeek, AtRisk: false, CheckedInThisPeriod: false);
}

/// <summary>A member's streak, with the zone and day it was read in.</summary>
/// <param name="UserId">The member.</param>
/// <param name="Zone">Their zone.</param>
/// <param name="Today">Today in that zone.</param>
/// <param name="State">The streak.</param>
public sealed record MemberStreak(string UserId, DateTimeZone Zone, LocalDate Today, StreakState State);
