using CsCheck;
using NodaTime;
using StudyBot.Core.Polls;

namespace StudyBot.Core.Tests.Polls;

/// <summary>The poll's rules: votes change until the deadline, members count once, ties wait for a pick.</summary>
public sealed class PollTests
{
    private static readonly Instant Now = Instant.FromUtc(2027, 3, 1, 10, 0);

    [Fact]
    public void ASingleChoiceVote_ReplacesTheEarlierOne_AndAPressAgainTakesItBack()
    {
        var poll = Create();

        poll.Vote("bob", 0, VoteAction.Toggle, Now);
        var changed = poll.Vote("bob", 1, VoteAction.Toggle, Now).Value!;
        Assert.Equal(("B", true, "A"), (changed.Option.Text, changed.Added, changed.Replaced?.Text));
        Assert.Equal([0, 1, 0], poll.Tally().Counts);

        var back = poll.Vote("bob", 1, VoteAction.Toggle, Now).Value!;
        Assert.False(back.Added);
        Assert.Empty(back.Choices);
        Assert.Equal(0, poll.Tally().Members);
    }

    [Fact]
    public void ARepeatedNativeEvent_ChangesNothing()
    {
        var poll = Create();
        poll.Vote("bob", 2, VoteAction.Add, Now);
        var revision = poll.Revision;

        Assert.True(poll.Vote("bob", 2, VoteAction.Add, Now).Value!.Unchanged);
        Assert.True(poll.Vote("bob", 0, VoteAction.Remove, Now).Value!.Unchanged);
        Assert.Equal(revision, poll.Revision);
    }

    [Fact]
    public void VotesAtOrAfterTheDeadline_AreRefused_EvenBeforeThePollIsClosed()
    {
        var poll = Create();

        var late = poll.Vote("bob", 0, VoteAction.Add, poll.ClosesAt);

        Assert.False(late.IsSuccess);
        Assert.Empty(poll.Votes);
    }

    [Fact]
    public void ATie_ClosesWithoutAWinner_AndOnlyATiedOptionCanBePicked()
    {
        var poll = Create();
        poll.Vote("bob", 0, VoteAction.Add, Now);
        poll.Vote("cy", 2, VoteAction.Add, Now);

        poll.Close(null, Now + Duration.FromHours(1));

        Assert.True(poll.Tied);
        Assert.Null(poll.Winner);
        Assert.False(poll.Pick(1).IsSuccess);
        Assert.Equal("C", poll.Pick(2).Value!.Text);
        Assert.False(poll.Tied);
        Assert.False(poll.Close("alice", Now).IsSuccess);
    }

    // Whatever members press, in whatever order: each counts once per option, and once in the poll.
    [Fact]
    public void TheTally_CountsMembersNotClicks()
    {
        var presses = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 2], Gen.Int[0, 2]).Array[0, 60];
        Gen.Select(presses, Gen.Bool).Sample((clicks, multiple) =>
        {
            var poll = Create(multiple);
            foreach (var (member, option, how) in clicks)
            {
                poll.Vote($"m{member}", option, (VoteAction)how, Now);
            }

            var tally = poll.Tally();
            var choices = poll.Votes.GroupBy(v => v.UserId).ToDictionary(g => g.Key, g => g.Select(v => v.OptionIndex).ToList());
            Assert.Equal(choices.Count, tally.Members);
            Assert.All(choices.Values, c => Assert.Equal(c.Count, c.Distinct().Count()));
            Assert.All(choices.Values, c => Assert.True(multiple || c.Count == 1));
            Assert.Equal(poll.Votes.Count, tally.Counts.Sum());
        }, iter: 500);
    }

    [Theory]
    [InlineData("A|A ", "\"A\" is an option twice. Each option must be different.")]
    [InlineData("A", "A poll has 2 to 10 options; you gave 1.")]
    [InlineData("A||B", "Option 2 is empty.")]
    public void BadOptions_AreRefused(string options, string error)
    {
        var draft = Draft(false) with { Options = options.Split('|').Select((o, i) => new PollOption(i, o)).ToList() };

        var created = Poll.Create(draft, Now);

        Assert.StartsWith(error, created.Error!.Message, StringComparison.Ordinal);
    }

    private static Poll Create(bool multiple = false) => Poll.Create(Draft(multiple), Now).Value!;

    private static PollDraft Draft(bool multiple) =>
        new(1, "alice", PollKind.Plain, "Which?", [new(0, "A"), new(1, "B"), new(2, "C")], Now + Duration.FromDays(1), multiple, Anonymous: false, ResultsHidden: false);
}
