using NodaTime;

namespace StudyBot.Core.Polls;

/// <summary>A member's vote for one option. A member has one row per option they chose (several in multiple-choice polls).</summary>
public sealed class PollVote
{
    /// <summary>Records a vote.</summary>
    public PollVote(string userId, int optionIndex, Instant at)
    {
        UserId = userId;
        OptionIndex = optionIndex;
        At = at;
    }

    /// <summary>Store key.</summary>
    public long Id { get; private set; }

    /// <summary>The poll.</summary>
    public long PollId { get; private set; }

    /// <summary>Who voted. Never shown for an anonymous poll: only used to keep one vote per member.</summary>
    public string UserId { get; private set; }

    /// <summary>The chosen option.</summary>
    public int OptionIndex { get; private set; }

    /// <summary>When.</summary>
    public Instant At { get; private set; }
}
