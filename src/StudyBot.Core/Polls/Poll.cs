using System.Globalization;
using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Polls;

/// <summary>
/// A question a group decides by vote before a deadline. Members vote (and change their vote) until it closes, at
/// the deadline or early; the option with the most members wins, a tie waits for an organizer's pick.
/// </summary>
public sealed class Poll
{
    private readonly List<PollOption> _options = [];
    private readonly List<PollVote> _votes = [];

    private Poll(PollDraft draft, Instant now)
    {
        GroupId = draft.GroupId;
        CreatedBy = draft.CreatedBy;
        Kind = draft.Kind;
        Question = draft.Question.Trim();
        ClosesAt = draft.ClosesAt;
        AllowMultiple = draft.AllowMultiple;
        Anonymous = draft.Anonymous;
        ResultsHidden = draft.ResultsHidden;
        GoalDue = draft.GoalDue;
        SeriesId = draft.SeriesId;
        MeetingTitle = draft.MeetingTitle;
        MeetingMinutes = draft.MeetingMinutes;
        CreatedAt = now;
        _options.AddRange(draft.Options.Select((o, i) => o with { Index = i, Text = o.Text.Trim() }));
    }

    // For the store.
    private Poll(string createdBy, string question)
    {
        CreatedBy = createdBy;
        Question = question;
    }

    /// <summary>Store key; the number people use to name the poll (<c>#7</c>).</summary>
    public long Id { get; private set; }

    /// <summary>The group.</summary>
    public long GroupId { get; private set; }

    /// <summary>Who asked.</summary>
    public string CreatedBy { get; private set; }

    /// <summary>Plain, goal or meeting-time.</summary>
    public PollKind Kind { get; private set; }

    /// <summary>What is asked.</summary>
    public string Question { get; private set; }

    /// <summary>The choices, in order.</summary>
    public IReadOnlyList<PollOption> Options => _options;

    /// <summary>Every member's choices. Not to be shown per member for anonymous polls.</summary>
    public IReadOnlyList<PollVote> Votes => _votes;

    /// <summary>Whether a member may choose several options.</summary>
    public bool AllowMultiple { get; private set; }

    /// <summary>Whether who voted what stays hidden from everyone, organizers included.</summary>
    public bool Anonymous { get; private set; }

    /// <summary>Whether counts stay hidden until the poll closes.</summary>
    public bool ResultsHidden { get; private set; }

    /// <summary>Goal polls: the winning goal's due date.</summary>
    public LocalDate? GoalDue { get; private set; }

    /// <summary>Meeting-time polls: the series whose next occurrence moves; null to schedule a new meeting.</summary>
    public long? SeriesId { get; private set; }

    /// <summary>Meeting-time polls: the new meeting's title.</summary>
    public string? MeetingTitle { get; private set; }

    /// <summary>Meeting-time polls: the new meeting's length in minutes.</summary>
    public int? MeetingMinutes { get; private set; }

    /// <summary>When it was asked.</summary>
    public Instant CreatedAt { get; private set; }

    /// <summary>The deadline.</summary>
    public Instant ClosesAt { get; private set; }

    /// <summary>When it closed; null while open.</summary>
    public Instant? ClosedAt { get; private set; }

    /// <summary>Who closed it early; null when it closed at its deadline (or is open).</summary>
    public string? ClosedBy { get; private set; }

    /// <summary>The winning option once decided.</summary>
    public int? WinnerIndex { get; private set; }

    /// <summary>True while a closed poll's tie waits for an organizer's pick.</summary>
    public bool Tied { get; private set; }

    /// <summary>What closing it did ("Goal #12 added"), for results and the closing message.</summary>
    public string? Outcome { get; private set; }

    /// <summary>Counts visible changes, so each update of the poll's message has its own key.</summary>
    public int Revision { get; private set; }

    /// <summary>Whether votes are still taken at <paramref name="now"/>.</summary>
    public bool IsOpenAt(Instant now) => ClosedAt is null && now < ClosesAt;

    /// <summary>Whether it has closed.</summary>
    public bool IsClosed => ClosedAt is not null;

    /// <summary>The winning option once decided.</summary>
    public PollOption? Winner => WinnerIndex is { } index ? _options[index] : null;

    /// <summary>Checks <paramref name="draft"/> and creates the poll, or says exactly what to fix.</summary>
    public static Result<Poll> Create(PollDraft draft, Instant now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return Check(draft, now) is { } problem ? problem : new Poll(draft, now);
    }

    /// <summary>The current count.</summary>
    public PollTally Tally() => PollTally.Count(_options, _votes);

    /// <summary>The options <paramref name="userId"/> chose, in order.</summary>
    public IReadOnlyList<PollOption> ChoicesOf(string userId) =>
        _votes.Where(v => v.UserId == userId).Select(v => _options[v.OptionIndex]).OrderBy(o => o.Index).ToList();

    /// <summary>
    /// Records <paramref name="userId"/>'s vote for option <paramref name="index"/> (0-based). In a single-choice poll
    /// a new pick replaces the old one; a button pressed again takes the vote back.
    /// </summary>
    public Result<VoteChange> Vote(string userId, int index, VoteAction action, Instant now)
    {
        if (!IsOpenAt(now))
        {
            return Result<VoteChange>.Fail($"Poll #{Id} is closed; votes are no longer taken. See `/poll results poll:{Id}`.");
        }

        if (index < 0 || index >= _options.Count)
        {
            return Result<VoteChange>.Fail($"Poll #{Id} has options 1 to {_options.Count}; there is no option {index + 1}.");
        }

        var option = _options[index];
        var existing = _votes.Find(v => v.UserId == userId && v.OptionIndex == index);
        var remove = action == VoteAction.Remove || (action == VoteAction.Toggle && existing is not null);
        if (remove)
        {
            if (existing is null)
            {
                return new VoteChange(option, false, null, ChoicesOf(userId)) { Unchanged = true };
            }

            _votes.Remove(existing);
            Revision++;
            return new VoteChange(option, false, null, ChoicesOf(userId));
        }

        if (existing is not null)
        {
            return new VoteChange(option, true, null, ChoicesOf(userId)) { Unchanged = true };
        }

        PollOption? replaced = null;
        if (!AllowMultiple && _votes.Find(v => v.UserId == userId) is { } earlier)
        {
            replaced = _options[earlier.OptionIndex];
            _votes.Remove(earlier);
        }

        _votes.Add(new PollVote(userId, index, now));
        Revision++;
        return new VoteChange(option, true, replaced, ChoicesOf(userId));
    }

    /// <summary>Takes back all of <paramref name="userId"/>'s votes; returns how many options they had chosen.</summary>
    public Result<int> Withdraw(string userId, Instant now)
    {
        if (!IsOpenAt(now))
        {
            return Result<int>.Fail($"Poll #{Id} is closed; votes can no longer change.");
        }

        var removed = _votes.RemoveAll(v => v.UserId == userId);
        if (removed > 0)
        {
            Revision++;
        }

        return removed;
    }

    /// <summary>
    /// Closes the poll: <paramref name="closedBy"/> early, or null at the deadline. A single leader wins; a tie waits
    /// for <see cref="Pick"/>; with no votes nothing wins.
    /// </summary>
    public Result<PollTally> Close(string? closedBy, Instant now)
    {
        if (ClosedAt is not null)
        {
            return Result<PollTally>.Fail($"Poll #{Id} is already closed. See `/poll results poll:{Id}`.");
        }

        var tally = Tally();
        var leaders = tally.Leaders;
        ClosedAt = now;
        ClosedBy = closedBy;
        WinnerIndex = leaders.Count == 1 ? leaders[0].Index : null;
        Tied = leaders.Count > 1;
        Revision++;
        return tally;
    }

    /// <summary>Settles a tie with one of the tied options (0-based <paramref name="index"/>).</summary>
    public Result<PollOption> Pick(int index)
    {
        if (!Tied)
        {
            return Result<PollOption>.Fail(ClosedAt is null
                ? $"Poll #{Id} is still open. `pick:` settles a tie once a poll has closed; close it first with `/poll close poll:{Id}`."
                : $"Poll #{Id} has no tie to settle{(Winner is { } winner ? $": \"{winner.Text}\" won" : string.Empty)}.");
        }

        var leaders = Tally().Leaders;
        if (leaders.All(o => o.Index != index))
        {
            return Result<PollOption>.Fail($"Pick one of the tied options: {string.Join(", ", leaders.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Index + 1} ({o.Text})")))}.");
        }

        WinnerIndex = index;
        Tied = false;
        Revision++;
        return _options[index];
    }

    /// <summary>Records what closing did.</summary>
    public void SetOutcome(string outcome) => Outcome = outcome;

    private static UserError? Check(PollDraft draft, Instant now)
    {
        var question = draft.Question?.Trim() ?? string.Empty;
        if (question.Length == 0)
        {
            return new UserError("A poll needs a question, such as `question:\"Which chapter next?\"`.");
        }

        if (question.Length > PollLimits.QuestionMaxLength)
        {
            return new UserError($"Questions can be at most {PollLimits.QuestionMaxLength} characters; yours has {question.Length}.");
        }

        var options = draft.Options.Select(o => o.Text.Trim()).ToList();
        if (options.Count < PollLimits.MinOptions || options.Count > PollLimits.MaxOptions)
        {
            return new UserError($"A poll has {PollLimits.MinOptions} to {PollLimits.MaxOptions} options; you gave {options.Count}. Separate them with `|`, e.g. `options:\"Chapter 3 | Chapter 4 | Chapter 5\"`.");
        }

        if (options.FindIndex(o => o.Length == 0) is var blank and >= 0)
        {
            return new UserError($"Option {blank + 1} is empty. Separate options with `|` and give each some text.");
        }

        if (options.FindIndex(o => o.Length > PollLimits.OptionMaxLength) is var tooLong and >= 0)
        {
            return new UserError($"Option {tooLong + 1} has {options[tooLong].Length} characters; options can be at most {PollLimits.OptionMaxLength}.");
        }

        var duplicate = options.GroupBy(o => o, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            return new UserError($"\"{duplicate.Key}\" is an option twice. Each option must be different.");
        }

        if (draft.ClosesAt <= now)
        {
            return new UserError("The deadline has already passed. Give a time still ahead, e.g. `closes:\"tomorrow 18:00\"` or `closes:\"in 2 days\"`.");
        }

        return draft.ClosesAt - now > PollLimits.MaxOpenFor
            ? new UserError($"A poll can stay open at most {PollLimits.MaxOpenFor.Days} days. Give a deadline sooner than that.")
            : null;
    }
}
