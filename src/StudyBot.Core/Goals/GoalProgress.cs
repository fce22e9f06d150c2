using NodaTime;

namespace StudyBot.Core.Goals;

/// <summary>One step of progress on a goal, with the note the member wrote.</summary>
public sealed class GoalProgress
{
    internal GoalProgress(string userId, decimal amount, decimal totalAfter, string? note, Instant at)
    {
        UserId = userId;
        Amount = amount;
        TotalAfter = totalAfter;
        Note = note;
        At = at;
    }

    /// <summary>Store key.</summary>
    public long Id { get; private set; }

    /// <summary>The goal.</summary>
    public long GoalId { get; private set; }

    /// <summary>Who made the progress (any member, for a group goal).</summary>
    public string UserId { get; private set; }

    /// <summary>How much was added.</summary>
    public decimal Amount { get; private set; }

    /// <summary>The goal's progress after this step.</summary>
    public decimal TotalAfter { get; private set; }

    /// <summary>What they wrote, if anything.</summary>
    public string? Note { get; private set; }

    /// <summary>When.</summary>
    public Instant At { get; private set; }
}
