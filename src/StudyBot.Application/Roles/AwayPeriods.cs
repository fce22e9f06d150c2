using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using StudyBot.Application.Groups;
using StudyBot.Application.Meetings;
using StudyBot.Core.Groups;
using StudyBot.Core.Results;
using StudyBot.Core.Roles;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Roles;

/// <summary>
/// Members say when they are away. Dates are read in the member's own zone (each group's when they set none), and
/// roles already fixed for meetings in the period pass to the next in line at once.
/// </summary>
public sealed class AwayPeriods(StudyBotDbContext db, Workspaces workspaces, AwayCalendar calendar, RoleRotations rotations, TimeProvider time)
{
    /// <summary>Sets a period from <paramref name="from"/> to <paramref name="until"/>, both included.</summary>
    public async Task<Result<AwaySet>> SetAsync(WorkspaceRef workspaceRef, string userId, string from, string until, string? note, CancellationToken cancellationToken)
    {
        var workspace = await workspaces.GetOrCreateAsync(workspaceRef, cancellationToken).ConfigureAwait(false);
        var ownZone = (await calendar.ZonesAsync(workspace.Id, [userId], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(userId);
        var now = time.Now();
        var today = now.InZone(ownZone ?? DateTimeZone.Utc);
        var first = OccurrenceDates.Parse(from, today);
        if (!first.IsSuccess)
        {
            return Result<AwaySet>.Fail(first.Error.Message.Replace("`date`", "`from`", StringComparison.Ordinal));
        }

        var last = OccurrenceDates.Parse(until, today);
        if (!last.IsSuccess)
        {
            return Result<AwaySet>.Fail(last.Error.Message.Replace("`date`", "`until`", StringComparison.Ordinal));
        }

        var period = AwayPeriod.Create(workspace.Id, userId, first.Value, last.Value, note, today.Date, now);
        if (!period.IsSuccess)
        {
            return Result<AwaySet>.Fail(period.Error);
        }

        var overlapping = await db.AwayPeriods
            .Where(p => p.WorkspaceId == workspace.Id && p.UserId == userId && p.From <= last.Value && p.Until >= first.Value)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (overlapping is not null)
        {
            return Result<AwaySet>.Fail($"You are already away {Span(overlapping)}, which overlaps. Clear it with `/away clear from:{LocalDatePattern.Iso.Format(overlapping.From)}` and set the whole period again.");
        }

        db.AwayPeriods.Add(period.Value!);
        var handedOver = await HandOverAsync(workspace.Id, userId, period.Value!, ownZone, now, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new AwaySet(period.Value!, ownZone, handedOver);
    }

    /// <summary>Ends the member's periods that are not over yet, or the one starting on <paramref name="from"/>.</summary>
    public async Task<Result<IReadOnlyList<AwayPeriod>>> ClearAsync(WorkspaceRef workspaceRef, string userId, string? from, CancellationToken cancellationToken)
    {
        var workspace = await workspaces.FindAsync(workspaceRef, cancellationToken).ConfigureAwait(false);
        var zone = workspace is null ? DateTimeZone.Utc : (await calendar.ZonesAsync(workspace.Id, [userId], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(userId) ?? DateTimeZone.Utc;
        var today = time.Now().InZone(zone);
        var periods = workspace is null
            ? []
            : await db.AwayPeriods.Where(p => p.WorkspaceId == workspace.Id && p.UserId == userId && p.Until >= today.Date).OrderBy(p => p.From).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (from is not null)
        {
            var day = OccurrenceDates.Parse(from, today);
            if (!day.IsSuccess)
            {
                return Result<IReadOnlyList<AwayPeriod>>.Fail(day.Error.Message.Replace("`date`", "`from`", StringComparison.Ordinal));
            }

            periods = periods.Where(p => p.Covers(day.Value) || p.From == day.Value).ToList();
        }

        if (periods.Count == 0)
        {
            return Result<IReadOnlyList<AwayPeriod>>.Fail(from is null
                ? "You have no away period set, so there is nothing to clear. `/away set` adds one."
                : "None of your away periods covers that day. `/away list` shows them.");
        }

        db.AwayPeriods.RemoveRange(periods);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return periods;
    }

    /// <summary>The group's members' periods that are not over, in start order.</summary>
    public async Task<IReadOnlyList<AwayPeriod>> ListAsync(Group group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var userIds = group.Members.Select(m => m.UserId).ToList();

        // A day's margin: a member's own zone may still be on yesterday.
        var yesterday = time.Now().InUtc().Date.PlusDays(-1);
        return await db.AwayPeriods
            .Where(p => p.WorkspaceId == group.WorkspaceId && userIds.Contains(p.UserId) && p.Until >= yesterday)
            .OrderBy(p => p.From).ThenBy(p => p.UserId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A period as people read it: <c>Mon 1 Mar – Fri 5 Mar 2027</c>.</summary>
    public static string Span(AwayPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.From == period.Until
            ? $"on {period.From:ddd d MMM uuuu}"
            : $"{period.From:ddd d MMM} – {period.Until:ddd d MMM uuuu}";
    }

    // Roles already fixed for meetings in the period pass on now; later rotations skip the member by themselves.
    private async Task<IReadOnlyList<string>> HandOverAsync(long workspaceId, string userId, AwayPeriod period, DateTimeZone? ownZone, Instant now, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        var groupIds = await db.GroupMembers.Where(m => m.UserId == userId).Select(m => m.GroupId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var groups = await db.Groups.Include(g => g.Members).Where(g => g.WorkspaceId == workspaceId && groupIds.Contains(g.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var group in groups)
        {
            lines.AddRange(await rotations.HandOverAheadAsync(group, userId, o => period.Covers(o.Start.InZone(ownZone ?? group.Zone()).Date), leftGroup: false, now, cancellationToken).ConfigureAwait(false));
        }

        return lines;
    }
}

/// <summary>An away period as stored, the zone its dates were read in, and the roles that passed on.</summary>
/// <param name="Period">The period.</param>
/// <param name="OwnZone">The member's own zone, or null: then each group reads the dates in its own zone.</param>
/// <param name="HandedOver">A line per fixed role that passed to someone else.</param>
public sealed record AwaySet(AwayPeriod Period, DateTimeZone? OwnZone, IReadOnlyList<string> HandedOver);
