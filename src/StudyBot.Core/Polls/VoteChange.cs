namespace StudyBot.Core.Polls;

/// <summary>What a vote did.</summary>
/// <param name="Option">The option acted on.</param>
/// <param name="Added">True when the member now votes for it; false when the vote was taken back.</param>
/// <param name="Replaced">In a single-choice poll, the option the member voted for before, now replaced.</param>
/// <param name="Choices">The member's choices after the vote, in option order.</param>
public sealed record VoteChange(PollOption Option, bool Added, PollOption? Replaced, IReadOnlyList<PollOption> Choices)
{
    /// <summary>True when the vote changed nothing (a repeated native vote event).</summary>
    public bool Unchanged { get; init; }
}
