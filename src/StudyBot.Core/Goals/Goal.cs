using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Goals;

/// <summary>
/// Something a member (a personal goal) or the whole group (a group goal) works towards, optionally with a
/// measurable target and a due date. Progress is a history of steps, each with a note.
/// </summary>
public sealed class Goal
{
    private readonly List<GoalProgress> _history = [];

    private Goal(long groupId, string? ownerUserId, string createdBy, string title, decimal? target, string? unit, LocalDate? due, Instant createdAt)
    {
        GroupId = groupId;
        OwnerUserId = ownerUserId;
        CreatedBy = createdBy;
        Title = title;
        Target = target;
        Unit = unit;
        Due = due;
        CreatedAt = createdAt;
    }

    /// <summary>Store key; the number people use to name the goal (<c>#12</c>).</summary>
    public long Id { get; private set; }

    /// <summary>The group.</summary>
    public long GroupId { get; private set; }

    /// <summary>The member whose goal it is; null for a group goal.</summary>
    public string? OwnerUserId { get; private set; }

    /// <summary>Who added it.</summary>
    public string CreatedBy { get; private set; }

    /// <summary>What the goal is.</summary>
    public string Title { get; private set; }

    /// <summary>The target amount, when the goal is measurable.</summary>
    public decimal? Target { get; private set; }

    /// <summary>What the target counts ("chapters", "%"); null for a bare number or no target.</summary>
    public string? Unit { get; private set; }

    /// <summary>When it is due, in the group's calendar.</summary>
    public LocalDate? Due { get; private set; }

    /// <summary>Progress so far, in the target's unit.</summary>
    public decimal Progress { get; private set; }

    /// <summary>When it was added.</summary>
    public Instant CreatedAt { get; private set; }

    /// <summary>When it was reached or marked done.</summary>
    public Instant? DoneAt { get; private set; }

    /// <summary>When it was dropped.</summary>
    public Instant? DroppedAt { get; private set; }

    /// <summary>Steps of progress, oldest first.</summary>
    public IReadOnlyList<GoalProgress> History => _history;

    /// <summary>Whether it is a group goal.</summary>
    public bool IsGroupGoal => OwnerUserId is null;

    /// <summary>Whether it is still being worked on.</summary>
    public bool IsOpen => DoneAt is null && DroppedAt is null;

    /// <summary>Progress as a share of the target, 0 to 100; null without a target.</summary>
    public double? Percent => Target is { } target ? (double)Math.Min(100m, Progress * 100m / target) : null;

    /// <summary>Validates and creates a goal; <paramref name="today"/> is today in the group's zone.</summary>
    public static Result<Goal> Create(long groupId, string? ownerUserId, string createdBy, string title, GoalTarget? target, LocalDate? due, LocalDate today, Instant now)
    {
        var trimmed = (title ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return Result<Goal>.Fail("A goal needs a title, such as `title:\"Finish SICP chapter 3\"`.");
        }

        if (trimmed.Length > GoalLimits.TitleMaxLength)
        {
            return Result<Goal>.Fail($"Goal titles can be at most {GoalLimits.TitleMaxLength} characters; yours has {trimmed.Length}.");
        }

        if (due is { } date && date < today)
        {
            return Result<Goal>.Fail($"The due date {date:ddd d MMM uuuu} is in the past (today is {today:ddd d MMM uuuu}). Pick today or a later day.");
        }

        return new Goal(groupId, ownerUserId, createdBy, trimmed, target?.Amount, target?.Unit, due, now);
    }

    /// <summary>
    /// Adds <paramref name="amount"/> of progress. Reaching the target marks the goal done. Negative amounts and
    /// going past the target are refused, with nothing changed.
    /// </summary>
    public Result<GoalProgress> Record(string userId, decimal amount, string? note, Instant now)
    {
        if (Check(amount, note) is { } problem)
        {
            return problem;
        }

        Progress += amount;
        var trimmed = note?.Trim();
        var step = new GoalProgress(userId, amount, Progress, string.IsNullOrEmpty(trimmed) ? null : trimmed, now);
        _history.Add(step);
        if (Target is { } reached && Progress >= reached)
        {
            DoneAt = now;
        }

        return step;
    }

    /// <summary>What is wrong with recording <paramref name="amount"/>, or null when it can be recorded.</summary>
    public UserError? Check(decimal amount, string? note)
    {
        if (!IsOpen)
        {
            return new UserError($"#{Id} \"{Title}\" is {(DoneAt is not null ? "already done" : "dropped")}; progress goes on open goals only.");
        }

        if (amount <= 0)
        {
            return new UserError($"Progress must be more than 0; you gave {GoalTarget.Format(amount)} for #{Id} \"{Title}\".");
        }

        if (amount > GoalLimits.MaxAmount)
        {
            return new UserError($"Progress can be at most {GoalLimits.MaxAmount:N0} at a time; you gave {GoalTarget.Format(amount)}.");
        }

        if (Target is { } target && Progress + amount > target)
        {
            return new UserError($"That would make {GoalTarget.Describe(Progress + amount, Unit)} of {GoalTarget.Describe(target, Unit)} on #{Id} \"{Title}\". At most {GoalTarget.Describe(target - Progress, Unit)} more fits.");
        }

        var length = note?.Trim().Length ?? 0;
        return length > GoalLimits.NoteMaxLength
            ? new UserError($"Progress notes can be at most {GoalLimits.NoteMaxLength} characters; yours has {length}.")
            : null;
    }

    /// <summary>Marks the goal done.</summary>
    public Result<Goal> MarkDone(Instant now)
    {
        if (!IsOpen)
        {
            return Result<Goal>.Fail($"#{Id} \"{Title}\" is {(DoneAt is not null ? "already done" : "dropped")}.");
        }

        DoneAt = now;
        return this;
    }

    /// <summary>Drops the goal; its history stays.</summary>
    public Result<Goal> Drop(Instant now)
    {
        if (!IsOpen)
        {
            return Result<Goal>.Fail($"#{Id} \"{Title}\" is {(DoneAt is not null ? "already done" : "already dropped")}.");
        }

        DroppedAt = now;
        return this;
    }

    /// <summary>Progress as replies show it: "4 of 12 chapters (33%)", "40% of 80%", "5 so far".</summary>
    public string DescribeProgress() => Target switch
    {
        null => $"{GoalTarget.Describe(Progress, Unit)} so far",
        { } target when Unit == "%" => $"{GoalTarget.Format(Progress)}% of {GoalTarget.Format(target)}%",
        { } target => $"{GoalTarget.Format(Progress)} of {GoalTarget.Describe(target, Unit)} ({Percent:0}%)",
    };
}
