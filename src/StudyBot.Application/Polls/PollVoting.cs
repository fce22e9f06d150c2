using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StudyBot.Application.Groups;
using StudyBot.Core.Groups;
using StudyBot.Core.Polls;
using StudyBot.Core.Results;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Polls;

/// <summary>
/// Members' votes: from a button, a native poll's vote event or <c>/poll vote</c>. Each vote that changes the
/// count updates the poll's card. Only members of the poll's group vote, and each counts once.
/// </summary>
public sealed class PollVoting(StudyBotDbContext db, PollFinder polls, PollPublisher publisher, TimeProvider time)
{
    /// <summary>A vote for option <paramref name="index"/> (0-based) of poll <paramref name="pollId"/>.</summary>
    public async Task<Result<PollVoted>> VoteAsync(long pollId, Invoker invoker, int index, VoteAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoker);
        var poll = await polls.LoadAsync(pollId, cancellationToken).ConfigureAwait(false);
        if (poll is null)
        {
            return Result<PollVoted>.Fail($"Poll #{pollId} no longer exists.");
        }

        var group = await db.Groups.Include(g => g.Members).SingleAsync(g => g.Id == poll.GroupId, cancellationToken).ConfigureAwait(false);
        return await ApplyAsync(poll, group, invoker, p => p.Vote(invoker.UserId, index, action, time.Now()), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>/poll vote</c>: <paramref name="choice"/> is an option's number, several numbers (<c>1,3</c>) in a
    /// multiple-choice poll, an option's text, or <c>clear</c> to take the vote back. It sets the member's choices.
    /// </summary>
    public async Task<Result<PollVoted>> VoteAsync(Group group, Invoker invoker, string? pollReference, string choice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        var found = await polls.FindAsync(group, pollReference, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var poll = found.Value!;
        var now = time.Now();
        if (string.Equals(choice?.Trim(), "clear", StringComparison.OrdinalIgnoreCase))
        {
            return await ApplyAsync(poll, group, invoker, p => Cleared(p, invoker.UserId, now), cancellationToken).ConfigureAwait(false);
        }

        var picked = Choices(poll, choice ?? string.Empty);
        if (!picked.IsSuccess)
        {
            return picked.Error;
        }

        return await ApplyAsync(poll, group, invoker, p => SetChoices(p, invoker.UserId, picked.Value!, now), cancellationToken).ConfigureAwait(false);
    }

    private async Task<Result<PollVoted>> ApplyAsync(Poll poll, Group group, Invoker invoker, Func<Poll, Result<VoteChange>> vote, CancellationToken cancellationToken)
    {
        if (!Permissions.IsMember(group, invoker))
        {
            return Result<PollVoted>.Fail(Permissions.MembersOnly(group, "vote in its polls"));
        }

        var revision = poll.Revision;
        var change = vote(poll);
        if (!change.IsSuccess)
        {
            return change.Error;
        }

        if (poll.Revision != revision)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await publisher.RefreshAsync(poll, group, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return new PollVoted(poll, group, change.Value!);
    }

    private static Result<VoteChange> Cleared(Poll poll, string userId, NodaTime.Instant now)
    {
        var before = poll.ChoicesOf(userId);
        var withdrawn = poll.Withdraw(userId, now);
        if (!withdrawn.IsSuccess)
        {
            return withdrawn.Error;
        }

        return before.Count == 0
            ? Result<VoteChange>.Fail($"You have no vote in poll #{poll.Id} to clear.")
            : new VoteChange(before[0], false, null, []);
    }

    private static Result<VoteChange> SetChoices(Poll poll, string userId, IReadOnlyList<int> indexes, NodaTime.Instant now)
    {
        if (!poll.IsOpenAt(now))
        {
            return poll.Vote(userId, indexes[0], VoteAction.Add, now);
        }

        var before = poll.ChoicesOf(userId);
        if (poll.AllowMultiple)
        {
            foreach (var dropped in before.Where(o => !indexes.Contains(o.Index)))
            {
                poll.Vote(userId, dropped.Index, VoteAction.Remove, now);
            }
        }

        VoteChange? last = null;
        foreach (var index in indexes)
        {
            var change = poll.Vote(userId, index, VoteAction.Add, now);
            if (!change.IsSuccess)
            {
                return change;
            }

            last = change.Value;
        }

        return last! with { Choices = poll.ChoicesOf(userId) };
    }

    private static Result<IReadOnlyList<int>> Choices(Poll poll, string choice)
    {
        var parts = choice.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 0 && parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).Distinct().ToList();
            if (numbers.Count > 1 && !poll.AllowMultiple)
            {
                return Result<IReadOnlyList<int>>.Fail($"Poll #{poll.Id} takes one choice; give one number, e.g. `option:{numbers[0]}`.");
            }

            if (numbers.Cast<int?>().FirstOrDefault(n => n < 1 || n > poll.Options.Count) is { } wrong)
            {
                return Result<IReadOnlyList<int>>.Fail($"Poll #{poll.Id} has options 1 to {poll.Options.Count}; there is no option {wrong}.");
            }

            return numbers.Select(n => n - 1).ToList();
        }

        var text = choice.Trim();
        var match = poll.Options.FirstOrDefault(o => string.Equals(o.Text, text, StringComparison.OrdinalIgnoreCase));
        return match is not null
            ? new[] { match.Index }
            : Result<IReadOnlyList<int>>.Fail($"Poll #{poll.Id} has no option \"{text}\". Give its number: {string.Join(", ", poll.Options.Select(o => $"{o.Index + 1} ({o.Text})"))}.");
    }
}
