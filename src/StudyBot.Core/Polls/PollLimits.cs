using NodaTime;

namespace StudyBot.Core.Polls;

/// <summary>How big a poll may be, and how far ahead it may close.</summary>
public static class PollLimits
{
    /// <summary>Fewest options: a poll with one option decides nothing.</summary>
    public const int MinOptions = 2;

    /// <summary>Most options (Discord's native polls and readable button rows both stop at ten).</summary>
    public const int MaxOptions = 10;

    /// <summary>Longest question (Discord's native poll question limit).</summary>
    public const int QuestionMaxLength = 300;

    /// <summary>Longest option. Longer than a platform's button or native-poll limit still works: the full text is in the message.</summary>
    public const int OptionMaxLength = 100;

    /// <summary>Open polls a group may have at once, so a channel does not drown in them.</summary>
    public const int OpenPollsPerGroup = 25;

    /// <summary>The deadline when none is given.</summary>
    public static readonly Duration DefaultOpenFor = Duration.FromHours(24);

    /// <summary>The furthest deadline (Discord's native polls last at most 32 days).</summary>
    public static readonly Duration MaxOpenFor = Duration.FromDays(32);
}
