using System.Globalization;
using NodaTime;
using StudyBot.Application.Meetings;
using StudyBot.Core.Meetings;
using StudyBot.Core.Groups;
using StudyBot.Core.Messaging;
using StudyBot.Core.Polls;

namespace StudyBot.Application.Polls;

/// <summary>
/// What StudyBot says about polls: the poll's own message (its card, updated in place as votes come in), the
/// closing announcement and the results. Anonymous polls show counts only, never who chose what.
/// </summary>
public static class PollMessages
{
    /// <summary>The action of a vote button: <c>pollvote:{poll}:{option}:{toggle|add|remove}</c>.</summary>
    public const string VoteAction = "pollvote";

    /// <summary>The poll's card: question, how to vote, the deadline and (unless hidden) the live count.</summary>
    public static Reply Card(Poll poll, Group group)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(group);
        var zone = group.Zone();
        var tally = poll.Tally();
        var lines = new List<string>
        {
            $"📊 **Poll #{poll.Id}**{(poll.IsClosed ? " (closed)" : string.Empty)} from {Name(group, poll.CreatedBy)}: **{poll.Question}**",
        };
        if (KindLine(poll, zone) is { } kind)
        {
            lines.Add(kind);
        }

        lines.Add(poll.IsClosed
            ? $"{Settled(poll, tally)}"
            : $"{Mode(poll)} · closes {MeetingText.When(poll.ClosesAt, zone)}. Vote below, or with `/poll vote poll:{poll.Id} option:<number>`.");
        if (poll.ResultsHidden && !poll.IsClosed)
        {
            lines.Add($"{Members(tally.Members)} voted so far; the results show when the poll closes.");
        }

        var hours = (int)Math.Ceiling((poll.ClosesAt - poll.CreatedAt).TotalHours);
        return new Reply
        {
            Text = string.Join('\n', lines),
            Poll = new ReplyPoll(poll.Id, poll.Question, Answers(poll, zone), Math.Clamp(hours, 1, 768), poll.AllowMultiple, poll.Anonymous, poll.ResultsHidden, poll.IsClosed)
            {
                Details = poll.ResultsHidden && !poll.IsClosed ? [] : Details(poll, group, tally),
            },
        };
    }

    /// <summary>The announcement when a poll closes (or a tie is settled): the result and what it did.</summary>
    public static Reply Closed(Poll poll, Group group)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(group);
        var tally = poll.Tally();
        var how = poll.ClosedBy is { } by ? $" (closed early by {Name(group, by)})" : string.Empty;
        var lines = new List<string> { $"📊 Poll #{poll.Id} has closed{how}: **{poll.Question}**", Settled(poll, tally) };
        lines.AddRange(Standings(poll, group, tally));
        if (poll.Outcome is { } outcome)
        {
            lines.Add(outcome);
        }

        return Reply.Public(string.Join('\n', lines));
    }

    /// <summary>The results as <c>/poll results</c> shows them.</summary>
    public static string Results(Poll poll, Group group)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(group);
        var tally = poll.Tally();
        var state = poll.IsClosed
            ? Settled(poll, tally)
            : $"Open until {MeetingText.When(poll.ClosesAt, group.Zone())}; {Members(tally.Members)} voted so far.";
        var lines = new List<string> { $"📊 Poll #{poll.Id}: **{poll.Question}**", state };
        lines.AddRange(Standings(poll, group, tally));
        if (poll.Outcome is { } outcome)
        {
            lines.Add(outcome);
        }

        return string.Join('\n', lines);
    }

    /// <summary>One line per poll for <c>/poll list</c>.</summary>
    public static string ListLine(Poll poll, Group group)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(group);
        var state = poll.IsClosed
            ? poll.Winner is { } winner ? $"closed, won by \"{winner.Text}\"" : poll.Tied ? "closed, tied: an organizer picks" : "closed, no votes"
            : $"closes {MeetingText.When(poll.ClosesAt, group.Zone())}, {Members(poll.Tally().Members)} voted";
        var kind = poll.Kind switch { PollKind.Goal => " (goal poll)", PollKind.MeetingTime => " (meeting-time poll)", _ => string.Empty };
        return $"#{poll.Id} **{poll.Question}**{kind}: {state}";
    }

    /// <summary>What the voter is told after a vote; private.</summary>
    public static string VoteRecorded(Poll poll, VoteChange change, Group group)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(group);
        var choice = $"**{change.Option.Text}**";
        var what = change switch
        {
            { Unchanged: true, Added: true } => $"You already chose {choice}.",
            { Added: false } => $"Took back your vote for {choice}.",
            { Replaced: { } before } => $"Changed your vote from **{before.Text}** to {choice}.",
            _ => $"Voted for {choice}.",
        };
        var now = change.Choices.Count == 0 ? " You have no vote in this poll now." : poll.AllowMultiple ? $" Your choices: {string.Join(", ", change.Choices.Select(o => o.Text))}." : string.Empty;
        return $"{what}{now} You can change it until {MeetingText.When(poll.ClosesAt, group.Zone())}.";
    }

    /// <summary>The answers as the card lists them: meeting times carry a timestamp each reader sees in their own zone.</summary>
    private static List<string> Answers(Poll poll, DateTimeZone zone) =>
        poll.Options.Select(o => o.StartsAt is { } start ? MeetingText.When(Occurrences.Resolve(start, zone), zone) : o.Text).ToList();

    private static List<string> Details(Poll poll, Group group, PollTally tally) =>
        poll.Options.Select(o =>
        {
            var voters = tally.VotersByOption[o.Index];
            var count = Votes(voters.Count);
            return poll.Anonymous || voters.Count == 0 ? count : $"{count}: {string.Join(", ", voters.Select(v => Name(group, v)))}";
        }).ToList();

    private static IEnumerable<string> Standings(Poll poll, Group group, PollTally tally)
    {
        if (poll.ResultsHidden && !poll.IsClosed)
        {
            return ["The results show when the poll closes."];
        }

        var details = Details(poll, group, tally);
        return poll.Options.Select(o => $"{o.Index + 1}. {o.Text} — {details[o.Index]}");
    }

    private static string Settled(Poll poll, PollTally tally) => poll switch
    {
        { Winner: { } winner } => $"Winner: **{winner.Text}** with {Votes(tally.VotersByOption[winner.Index].Count)} ({Members(tally.Members)} voted){(tally.Leaders.Count > 1 ? ", picked by an organizer from a tie" : string.Empty)}.",
        { Tied: true } => $"It's a tie between {string.Join(" and ", tally.Leaders.Select(o => $"**{o.Text}**"))} ({Votes(tally.VotersByOption[tally.Leaders[0].Index].Count)} each). An organizer picks the winner with `/poll close poll:{poll.Id} pick:<number>`.",
        _ => "Nobody voted, so nothing was decided.",
    };

    private static string Mode(Poll poll)
    {
        var pick = poll.AllowMultiple ? "Choose one or more" : "Choose one";
        var who = poll.Anonymous ? "anonymous: nobody sees who chose what" : "votes are visible";
        return $"{pick} · {who}";
    }

    private static string? KindLine(Poll poll, DateTimeZone zone) => poll.Kind switch
    {
        PollKind.Goal => $"The winner becomes a group goal{(poll.GoalDue is { } due ? ", due " + due.ToString("ddd d MMM uuuu", CultureInfo.InvariantCulture) : string.Empty)}.",
        PollKind.MeetingTime when poll.SeriesId is { } series => $"The winner moves the next \"{poll.MeetingTitle}\" meeting (#{series}) there (times in {zone.Id}).",
        PollKind.MeetingTime => $"The winner schedules \"{poll.MeetingTitle}\" (times in {zone.Id}).",
        _ => null,
    };

    private static string Votes(int count) => count == 1 ? "1 vote" : $"{count} votes";

    private static string Members(int count) => count == 1 ? "1 member" : $"{count} members";

    private static string Name(Group group, string userId) =>
        RichText.User(userId, group.FindMember(userId)?.DisplayName ?? "a former member");
}
