using System.Globalization;
using NodaTime;
using StudyBot.Application.Groups;
using StudyBot.Application.Work;
using StudyBot.Core.Groups;
using StudyBot.Core.Polls;
using StudyBot.Core.Results;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Polls;

/// <summary>
/// Closes polls, early (by their creator or an organizer) or at the deadline, settles ties by an organizer's pick,
/// applies the winner and announces the result, all in one unit of work.
/// </summary>
public sealed class PollClosing(StudyBotDbContext db, PollFinder polls, PollOutcomes outcomes, PollPublisher publisher, WorkPlanner planner, TimeProvider time)
{
    /// <summary>
    /// <c>/poll close</c>: closes the poll now; with <paramref name="pick"/> (an option's number) an organizer also
    /// settles a tie, now or after the poll closed tied.
    /// </summary>
    public async Task<Result<Poll>> CloseAsync(Group group, Invoker invoker, string? pollReference, string? pick, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        var found = await polls.FindAsync(group, pollReference, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var poll = found.Value!;
        var organizer = Permissions.IsOrganizer(group, invoker);
        int? picked = null;
        if (!string.IsNullOrWhiteSpace(pick))
        {
            if (!organizer)
            {
                return Result<Poll>.Fail(Permissions.OrganizerOnly(group, "settle a tied poll"));
            }

            if (!int.TryParse(pick.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > poll.Options.Count)
            {
                return Result<Poll>.Fail($"`pick` is an option's number, 1 to {poll.Options.Count}; got `{pick.Trim()}`.");
            }

            picked = number - 1;
        }

        if (poll.IsClosed)
        {
            return picked is { } index
                ? await SettleAsync(poll, group, index, cancellationToken).ConfigureAwait(false)
                : Result<Poll>.Fail($"Poll #{poll.Id} is already closed. See `/poll results poll:{poll.Id}`{(poll.Tied ? $"; an organizer settles its tie with `/poll close poll:{poll.Id} pick:<number>`" : string.Empty)}.");
        }

        if (!organizer && poll.CreatedBy != invoker.UserId)
        {
            return Result<Poll>.Fail($"Only whoever asked poll #{poll.Id} or an organizer of {group.Name} can close it early. It closes by itself at its deadline.");
        }

        var now = time.Now();
        if (picked is { } tieBreak)
        {
            // Decided before anything changes: a pick that does not settle a tie leaves the poll open.
            var leaders = poll.Tally().Leaders;
            if (leaders.Count < 2)
            {
                return Result<Poll>.Fail(leaders.Count == 0
                    ? $"Nobody has voted in poll #{poll.Id}, so there is no tie to pick from. Close it without `pick:`."
                    : $"Poll #{poll.Id} has no tie to pick from: \"{leaders[0].Text}\" leads. Close it without `pick:`.");
            }

            poll.Close(invoker.UserId, now);
            var settled = poll.Pick(tieBreak);
            if (!settled.IsSuccess)
            {
                return settled.Error;
            }

            await planner.ClearAsync(PollCloseWork.Owner(poll.Id), [PollCloseWork.Kind], now, cancellationToken).ConfigureAwait(false);
            await ApplyAndAnnounceAsync(poll, group, cancellationToken).ConfigureAwait(false);
            return poll;
        }

        await planner.ClearAsync(PollCloseWork.Owner(poll.Id), [PollCloseWork.Kind], now, cancellationToken).ConfigureAwait(false);
        await FinishAsync(poll, group, invoker.UserId, now, cancellationToken).ConfigureAwait(false);
        return poll;
    }

    /// <summary>Closes an open poll, applies a clear winner and announces the result (a tie waits for a pick).</summary>
    public async Task FinishAsync(Poll poll, Group group, string? closedBy, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poll);
        var closed = poll.Close(closedBy, now);
        if (!closed.IsSuccess)
        {
            return;
        }

        await ApplyAndAnnounceAsync(poll, group, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Result<Poll>> SettleAsync(Poll poll, Group group, int index, CancellationToken cancellationToken)
    {
        var settled = poll.Pick(index);
        if (!settled.IsSuccess)
        {
            return settled.Error;
        }

        await ApplyAndAnnounceAsync(poll, group, cancellationToken).ConfigureAwait(false);
        return poll;
    }

    private async Task ApplyAndAnnounceAsync(Poll poll, Group group, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (poll.Winner is not null && await outcomes.ApplyAsync(poll, group, cancellationToken).ConfigureAwait(false) is { } outcome)
        {
            poll.SetOutcome(outcome);
        }

        await publisher.AnnounceAsync(poll, group, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
