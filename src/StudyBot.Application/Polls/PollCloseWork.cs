using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Application.Work;
using StudyBot.Core.Polls;
using StudyBot.Core.Work;
using StudyBot.Persistence;

namespace StudyBot.Application.Polls;

/// <summary>
/// <c>poll.close</c>: closes a poll at its deadline, applies the winner (a goal, a meeting) and announces the
/// result. Planned when the poll is created and removed when it closes early; a restart finds it in the store.
/// </summary>
public sealed class PollCloseWork(StudyBotDbContext db, PollFinder polls, PollClosing closing) : IScheduledWorkHandler
{
    /// <summary>The owner type of a poll's work.</summary>
    public const string OwnerType = "poll";

    /// <inheritdoc />
    public static string Kind => "poll.close";

    /// <summary>The owner of a poll's work.</summary>
    public static WorkOwner Owner(long pollId) => new(OwnerType, pollId);

    /// <summary>The close of <paramref name="poll"/> at its deadline.</summary>
    public static PlannedWork Plan(Poll poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        return new PlannedWork(Kind, string.Create(CultureInfo.InvariantCulture, $"{Kind}:{poll.Id}"), poll.ClosesAt, "{}");
    }

    /// <inheritdoc />
    public async Task HandleAsync(IReadOnlyList<ScheduledWork> due, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        foreach (var item in due)
        {
            var poll = await polls.LoadAsync(item.OwnerId, cancellationToken).ConfigureAwait(false);
            if (poll is null || poll.IsClosed)
            {
                continue;
            }

            var group = await db.Groups.Include(g => g.Members).SingleAsync(g => g.Id == poll.GroupId, cancellationToken).ConfigureAwait(false);
            await closing.FinishAsync(poll, group, closedBy: null, now, cancellationToken).ConfigureAwait(false);
        }
    }
}
