using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Application.Groups;
using StudyBot.Application.Meetings;
using StudyBot.Core.Goals;
using StudyBot.Core.Groups;
using StudyBot.Core.Messaging;
using StudyBot.Core.Results;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Goals;

/// <summary>
/// Personal and group goals: adding them, recording progress, marking them done or dropping them. Group goals
/// are everyone's to see and move; a personal goal is its owner's to change, and its owner's and the group's
/// organizers' to see.
/// </summary>
public sealed class GoalTracker(StudyBotDbContext db, TimeProvider time)
{
    /// <summary>Adds a goal: the invoker's own, or the group's when <paramref name="forGroup"/>.</summary>
    public async Task<Result<Goal>> AddAsync(Group group, Invoker invoker, bool forGroup, string title, string? target, string? due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        GoalTarget? parsedTarget = null;
        if (!string.IsNullOrWhiteSpace(target))
        {
            var parsed = GoalTarget.Parse(target);
            if (!parsed.IsSuccess)
            {
                return parsed.Error;
            }

            parsedTarget = parsed.Value;
        }

        var now = time.Now();
        var today = now.InZone(group.Zone()).Date;
        LocalDate? dueDate = null;
        if (!string.IsNullOrWhiteSpace(due))
        {
            var parsed = OccurrenceDates.Parse(due, now.InZone(group.Zone()));
            if (!parsed.IsSuccess)
            {
                return Result<Goal>.Fail($"`due` must be a day like 2027-03-23, fri or tomorrow; got `{due.Trim()}`.");
            }

            dueDate = parsed.Value;
        }

        var owner = forGroup ? null : invoker.UserId;
        var open = await db.Goals.CountAsync(g => g.GroupId == group.Id && g.OwnerUserId == owner && g.DoneAt == null && g.DroppedAt == null, cancellationToken).ConfigureAwait(false);
        if (open >= GoalLimits.OpenGoalsPerOwner)
        {
            return Result<Goal>.Fail($"{(forGroup ? group.Name + " has" : "You have")} {open} open goals, the most there can be. Mark one done or drop one first.");
        }

        var created = Goal.Create(group.Id, owner, invoker.UserId, title, parsedTarget, dueDate, today, now);
        if (created.IsSuccess)
        {
            db.Goals.Add(created.Value!);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return created;
    }

    /// <summary>
    /// The open goals <paramref name="viewer"/> may see: the group's, plus their own (or, for <paramref name="member"/>,
    /// that member's, which organizers may look at). Recently finished ones follow when <paramref name="includeClosed"/>.
    /// </summary>
    public async Task<Result<IReadOnlyList<Goal>>> ListAsync(Group group, Invoker viewer, string? member, bool includeClosed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(viewer);
        var whose = member ?? viewer.UserId;
        if (whose != viewer.UserId && !Permissions.IsOrganizer(group, viewer))
        {
            return Result<IReadOnlyList<Goal>>.Fail($"Personal goals are private to their owner and {group.Name}'s organizers. Group goals are in `/goal list`.");
        }

        var goals = await db.Goals.Include(g => g.History)
            .Where(g => g.GroupId == group.Id && (g.OwnerUserId == null || g.OwnerUserId == whose))
            .Where(g => includeClosed || (g.DoneAt == null && g.DroppedAt == null))
            .OrderBy(g => g.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return goals;
    }

    /// <summary>The invoker's open goals and the group's, for the check-in form.</summary>
    public async Task<IReadOnlyList<Goal>> OpenForAsync(long groupId, string userId, CancellationToken cancellationToken) =>
        await db.Goals.Include(g => g.History)
            .Where(g => g.GroupId == groupId && (g.OwnerUserId == null || g.OwnerUserId == userId) && g.DoneAt == null && g.DroppedAt == null)
            .OrderBy(g => g.OwnerUserId == null).ThenBy(g => g.Due == null).ThenBy(g => g.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Adds progress to a goal the invoker may move.</summary>
    public async Task<Result<Goal>> ProgressAsync(Group group, Invoker invoker, string reference, string amount, string? note, CancellationToken cancellationToken)
    {
        var found = await FindToChangeAsync(group, invoker, reference, "add progress to it", cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found;
        }

        var goal = found.Value!;
        var parsed = GoalAmount.Parse(amount, goal);
        if (!parsed.IsSuccess)
        {
            return parsed.Error;
        }

        var step = goal.Record(invoker.UserId, parsed.Value, note, time.Now());
        if (!step.IsSuccess)
        {
            return step.Error;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return goal;
    }

    /// <summary>Marks a goal done.</summary>
    public Task<Result<Goal>> DoneAsync(Group group, Invoker invoker, string reference, CancellationToken cancellationToken) =>
        CloseAsync(group, invoker, reference, "mark it done", g => g.MarkDone(time.Now()), cancellationToken);

    /// <summary>Drops a goal.</summary>
    public Task<Result<Goal>> DropAsync(Group group, Invoker invoker, string reference, CancellationToken cancellationToken) =>
        CloseAsync(group, invoker, reference, "drop it", g => g.Drop(time.Now()), cancellationToken);

    private async Task<Result<Goal>> CloseAsync(Group group, Invoker invoker, string reference, string action, Func<Goal, Result<Goal>> close, CancellationToken cancellationToken)
    {
        var found = await FindToChangeAsync(group, invoker, reference, action, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found;
        }

        var goal = found.Value!;
        if (goal.IsGroupGoal && goal.CreatedBy != invoker.UserId && !Permissions.IsOrganizer(group, invoker))
        {
            return Result<Goal>.Fail($"Only {group.Name}'s organizers or whoever added a group goal can {action}.");
        }

        var closed = close(goal);
        if (closed.IsSuccess)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return closed;
    }

    // "#12", "12" or a title; someone else's personal goal is never theirs to change.
    private async Task<Result<Goal>> FindToChangeAsync(Group group, Invoker invoker, string reference, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        var typed = (reference ?? string.Empty).Trim();
        Goal? goal;
        if (long.TryParse(typed.TrimStart('#'), out var id))
        {
            goal = await db.Goals.Include(g => g.History).SingleOrDefaultAsync(g => g.Id == id && g.GroupId == group.Id, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var named = await db.Goals.Include(g => g.History)
                .Where(g => g.GroupId == group.Id && (g.OwnerUserId == null || g.OwnerUserId == invoker.UserId) && g.DoneAt == null && g.DroppedAt == null)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var matches = named.Where(g => string.Equals(g.Title, typed, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count > 1)
            {
                return Result<Goal>.Fail($"More than one goal is called \"{typed}\": {string.Join(", ", matches.Select(g => $"#{g.Id}"))}. Give its number, such as `goal:#{matches[0].Id}`.");
            }

            goal = matches.SingleOrDefault();
        }

        if (goal is null || (goal.OwnerUserId is { } owner && owner != invoker.UserId && !Permissions.IsOrganizer(group, invoker)))
        {
            return Result<Goal>.Fail($"{group.Name} has no goal \"{typed}\" that you can see. `/goal list` shows yours and the group's, with their numbers.");
        }

        if (goal.OwnerUserId is { } other && other != invoker.UserId)
        {
            return Result<Goal>.Fail($"#{goal.Id} \"{goal.Title}\" is {RichText.User(other, group.DisplayNameOf(other))}'s personal goal; only they can {action}.");
        }

        return goal;
    }
}
