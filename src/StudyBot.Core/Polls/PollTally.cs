namespace StudyBot.Core.Polls;

/// <summary>
/// The count of a poll: members, not clicks. Each option counts the members who chose it; the poll counts each
/// member once however many options they chose.
/// </summary>
public sealed class PollTally
{
    private PollTally(IReadOnlyList<PollOption> options, IReadOnlyList<IReadOnlyList<string>> voters, int members)
    {
        Options = options;
        VotersByOption = voters;
        Members = members;
    }

    /// <summary>The options, in order.</summary>
    public IReadOnlyList<PollOption> Options { get; }

    /// <summary>Per option, who chose it, in the order they voted. Callers must not show these for anonymous polls.</summary>
    public IReadOnlyList<IReadOnlyList<string>> VotersByOption { get; }

    /// <summary>How many members voted.</summary>
    public int Members { get; }

    /// <summary>Per option, how many members chose it.</summary>
    public IReadOnlyList<int> Counts => VotersByOption.Select(v => v.Count).ToList();

    /// <summary>The options with the most votes; empty when nobody voted, several on a tie.</summary>
    public IReadOnlyList<PollOption> Leaders
    {
        get
        {
            var most = VotersByOption.Max(v => v.Count);
            return most == 0 ? [] : Options.Where(o => VotersByOption[o.Index].Count == most).ToList();
        }
    }

    /// <summary>Counts <paramref name="votes"/> for <paramref name="options"/>.</summary>
    public static PollTally Count(IReadOnlyList<PollOption> options, IEnumerable<PollVote> votes)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(votes);
        var ordered = votes.OrderBy(v => v.At).ThenBy(v => v.Id).ToList();
        var voters = options.Select(o => (IReadOnlyList<string>)ordered.Where(v => v.OptionIndex == o.Index).Select(v => v.UserId).Distinct(StringComparer.Ordinal).ToList()).ToList();
        return new PollTally(options, voters, ordered.Select(v => v.UserId).Distinct(StringComparer.Ordinal).Count());
    }
}
