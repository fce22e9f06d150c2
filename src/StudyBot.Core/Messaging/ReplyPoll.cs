namespace StudyBot.Core.Messaging;

/// <summary>A poll carried by a message.</summary>
/// <param name="PollId">StudyBot's poll id, so votes find their way back.</param>
/// <param name="Question">The question (at most 300 characters).</param>
/// <param name="Answers">Two to ten answers (at most 55 characters each).</param>
/// <param name="DurationHours">How long it stays open.</param>
/// <param name="AllowMultiple">Whether a voter may pick several answers.</param>
/// <param name="Anonymous">Anonymous polls never use a platform's native polls, which show voters.</param>
/// <param name="ResultsHidden">The tally is not shown until the poll closes (so never a native poll, which shows it live).</param>
/// <param name="Closed">Voting has ended: no vote buttons, and a native poll is ended on the platform.</param>
public sealed record ReplyPoll(long PollId, string Question, IReadOnlyList<string> Answers, int DurationHours, bool AllowMultiple, bool Anonymous, bool ResultsHidden = false, bool Closed = false)
{
    /// <summary>
    /// Per answer, what the count says ("3 votes: @Ana, @Ben, @Cy"), shown beside it where the platform lists the
    /// answers itself; empty when counts are hidden. A native poll shows its own count instead.
    /// </summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    /// <summary>The answers numbered from 1, each with its detail when there is one: "2. Chapter 4 — 2 votes: @Ana, @Ben".</summary>
    public IEnumerable<string> NumberedAnswers() =>
        Answers.Select((answer, i) => i < Details.Count && Details[i].Length > 0 ? $"{i + 1}. {answer} — {Details[i]}" : $"{i + 1}. {answer}");
}
