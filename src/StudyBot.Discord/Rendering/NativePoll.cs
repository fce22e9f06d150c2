using StudyBot.Core.Messaging;

namespace StudyBot.Discord.Rendering;

/// <summary>
/// Whether a poll goes out as a Discord native poll or as vote buttons: the one place that decides it, for the
/// renderer (what to post) and the sender (what a later update of the message can do).
/// </summary>
internal static class NativePoll
{
    /// <summary>Discord's limit on an answer's text; a longer answer is not cut, the poll uses buttons instead.</summary>
    public const int MaxAnswerLength = 55;

    public const int MinAnswers = 2;

    public const int MaxAnswers = 10;

    /// <summary>
    /// True when the poll renders as a native poll: not anonymous (native polls show voters), results not hidden (they
    /// show the tally live), still open, and its answers within Discord's limits.
    /// </summary>
    public static bool Fits(ReplyPoll poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        return !poll.Anonymous && !poll.ResultsHidden && !poll.Closed
            && poll.Answers.Count is >= MinAnswers and <= MaxAnswers
            && poll.Answers.All(a => RichText.ToPlain(a).Length <= MaxAnswerLength);
    }

    /// <summary>True when the message that carried this poll while it was open carried it natively.</summary>
    public static bool WasPostedNatively(ReplyPoll poll) => Fits(poll with { Closed = false });
}
