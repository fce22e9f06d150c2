using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Application.Groups;
using StudyBot.Core.Checkins;
using StudyBot.Core.Groups;
using StudyBot.Core.Results;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Checkins;

/// <summary>A group's check-in schedule, and pausing it for a member or the whole group.</summary>
public sealed class CheckinSettings(StudyBotDbContext db, CheckinPlanner planner, TimeProvider time)
{
    /// <summary>The digest's slot when none is given: Sunday evening, as the week closes.</summary>
    public static readonly (IsoDayOfWeek Day, LocalTime Time) DefaultDigest = (IsoDayOfWeek.Sunday, new LocalTime(18, 0));

    /// <summary>The group's schedule, if it has one.</summary>
    public Task<CheckinSchedule?> FindAsync(long groupId, CancellationToken cancellationToken) =>
        db.CheckinSchedules.SingleOrDefaultAsync(s => s.GroupId == groupId, cancellationToken);

    /// <summary>
    /// Sets or changes the schedule (organizers only). Options left out keep their current value, or the default
    /// for a new schedule; every option is checked before anything is stored.
    /// </summary>
    public async Task<Result<CheckinSchedule>> SetAsync(Group group, Invoker invoker, CheckinScheduleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        ArgumentNullException.ThrowIfNull(request);
        if (!Permissions.IsOrganizer(group, invoker))
        {
            return Result<CheckinSchedule>.Fail(Permissions.OrganizerOnly(group, "set its check-in schedule"));
        }

        var current = await FindAsync(group.Id, cancellationToken).ConfigureAwait(false);
        if (current is null && (request.Days is null || request.Time is null))
        {
            return Result<CheckinSchedule>.Fail("A new check-in schedule needs `days` and `time`, such as `/checkin schedule days:daily time:20:00`.");
        }

        var days = Read(request.Days, CheckinScheduleText.Days, current?.Days);
        var at = Read(request.Time, CheckinScheduleText.Time, current?.Time ?? default);
        var nudge = Read(request.Nudge, CheckinScheduleText.Nudge, current?.NudgeAfter ?? CheckinSchedule.DefaultNudgeAfter);
        var digest = Read(request.Digest, CheckinScheduleText.Digest, current is null ? DefaultDigest : (current.DigestDay, current.DigestTime));
        var grace = request.Grace ?? current?.GracePerWeek ?? CheckinSchedule.DefaultGracePerWeek;
        var delivery = request.Delivery ?? current?.Delivery ?? CheckinDelivery.DirectMessage;
        var problem = new[] { days.Error, at.Error, nudge.Error, digest.Error }.FirstOrDefault(e => e is not null);
        if (problem is not null)
        {
            return problem;
        }

        if (grace is < 0 or > CheckinSchedule.MaxGracePerWeek)
        {
            return Result<CheckinSchedule>.Fail($"`grace` is the number of missed check-ins forgiven each week, from 0 to {CheckinSchedule.MaxGracePerWeek}; got {grace}.");
        }

        var now = time.Now();
        if (current is null)
        {
            current = new CheckinSchedule(group.Id, days.Value!, at.Value, delivery, nudge.Value, grace, digest.Value.Item1, digest.Value.Item2, now);
            db.CheckinSchedules.Add(current);
        }
        else
        {
            current.Change(days.Value!, at.Value, delivery, nudge.Value, grace, digest.Value.Item1, digest.Value.Item2);
        }

        // The planner reads the schedule from the store, so it is saved first; both saves share the command's transaction.
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await planner.ReplanAsync(group, now, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return current;
    }

    /// <summary>
    /// Pauses prompts: the invoker's own, another member's or the whole group's (<paramref name="wholeGroup"/>;
    /// those two are for organizers). Days paused neither break nor extend a streak.
    /// </summary>
    public Task<Result<string>> PauseAsync(Group group, Invoker invoker, string? memberId, bool wholeGroup, CancellationToken cancellationToken) =>
        ToggleAsync(group, invoker, memberId, wholeGroup, pause: true, cancellationToken);

    /// <summary>Resumes prompts paused with <see cref="PauseAsync"/>.</summary>
    public Task<Result<string>> ResumeAsync(Group group, Invoker invoker, string? memberId, bool wholeGroup, CancellationToken cancellationToken) =>
        ToggleAsync(group, invoker, memberId, wholeGroup, pause: false, cancellationToken);

    private async Task<Result<string>> ToggleAsync(Group group, Invoker invoker, string? memberId, bool wholeGroup, bool pause, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        var verb = pause ? "pause" : "resume";
        if ((wholeGroup || (memberId is not null && memberId != invoker.UserId)) && !Permissions.IsOrganizer(group, invoker))
        {
            return Result<string>.Fail(Permissions.OrganizerOnly(group, $"{verb} check-ins for {(wholeGroup ? "the whole group" : "someone else")}"));
        }

        var userId = wholeGroup ? null : memberId ?? invoker.UserId;
        if (userId is not null && group.FindMember(userId) is null)
        {
            return Result<string>.Fail(userId == invoker.UserId ? Permissions.MembersOnly(group, "pause check-ins") : $"That person is not a member of {group.Name}.");
        }

        if (await FindAsync(group.Id, cancellationToken).ConfigureAwait(false) is null)
        {
            return Result<string>.Fail($"{group.Name} has no check-in schedule to {verb}. An organizer sets one with `/checkin schedule`.");
        }

        var who = userId is null ? group.Name : userId == invoker.UserId ? "you" : CheckinMessages.Name(group, userId);
        var active = await db.CheckinPauses.SingleOrDefaultAsync(p => p.GroupId == group.Id && p.UserId == userId && p.Until == null, cancellationToken).ConfigureAwait(false);
        var now = time.Now();
        if (pause == (active is not null))
        {
            return Result<string>.Fail(pause ? $"Check-ins are already paused for {who}." : $"Check-ins are not paused for {who}{(userId is not null && await db.CheckinPauses.AnyAsync(p => p.GroupId == group.Id && p.UserId == null && p.Until == null, cancellationToken).ConfigureAwait(false) ? $", but the whole group is: an organizer resumes it with `/checkin resume all:true`" : string.Empty)}.");
        }

        if (pause)
        {
            db.CheckinPauses.Add(new CheckinPause(group.Id, userId, now));
        }
        else
        {
            active!.End(now);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await planner.ReplanAsync(group, now, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return pause
            ? $"Check-in prompts paused for {who}. Paused days neither break nor extend a streak. `/checkin resume` when ready."
            : $"Check-in prompts resumed for {who}; the next one comes at the usual time.";
    }

    private static Result<T> Read<T>(string? typed, Func<string, Result<T>> parse, T? fallback) =>
        string.IsNullOrWhiteSpace(typed) ? Result<T>.Ok(fallback!) : parse(typed);
}

/// <summary>What <c>/checkin schedule</c> was given; null means "keep" (or the default for a new schedule).</summary>
/// <param name="Days">Which days.</param>
/// <param name="Time">Local time of the prompt.</param>
/// <param name="Delivery">DM or channel.</param>
/// <param name="Nudge">Delay before the nudge.</param>
/// <param name="Grace">Grace days per week.</param>
/// <param name="Digest">The digest's weekday and time.</param>
public sealed record CheckinScheduleRequest(string? Days, string? Time, CheckinDelivery? Delivery, string? Nudge, int? Grace, string? Digest);
