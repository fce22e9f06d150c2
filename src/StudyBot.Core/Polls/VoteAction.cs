namespace StudyBot.Core.Polls;

/// <summary>How a vote arrives.</summary>
public enum VoteAction
{
    /// <summary>A button press: picks the option, or takes the vote back when it was already picked.</summary>
    Toggle,

    /// <summary>Picks the option (a native poll's vote event, <c>/poll vote</c>); in a single-choice poll it replaces the earlier pick.</summary>
    Add,

    /// <summary>Takes the vote for the option back (a native poll's vote removal).</summary>
    Remove,
}
