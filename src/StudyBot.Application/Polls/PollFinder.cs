using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StudyBot.Core;
using StudyBot.Core.Groups;
using StudyBot.Core.Polls;
using StudyBot.Core.Results;
using StudyBot.Persistence;

namespace StudyBot.Application.Polls;

/// <summary>Finds polls: by the number people type (<c>#7</c>), by id from a button, and a group's open ones.</summary>
public sealed class PollFinder(StudyBotDbContext db)
{
    /// <summary>The group's poll named <paramref name="reference"/> (<c>7</c> or <c>#7</c>), with its votes.</summary>
    public async Task<Result<Poll>> FindAsync(Group group, string? reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var text = (reference ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            // Without a number: the group's only open poll, or its latest when none is open.
            var open = await db.Polls.Where(p => p.GroupId == group.Id && p.ClosedAt == null).OrderByDescending(p => p.Id).Select(p => p.Id).Take(2).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (open.Count > 1)
            {
                return Result<Poll>.Fail($"{group.Name} has several open polls; name one with `poll:`, e.g. `poll:#{open[0]}`. `/poll list` shows them.");
            }

            var latest = open.Count == 1
                ? open[0]
                : await db.Polls.Where(p => p.GroupId == group.Id).OrderByDescending(p => p.Id).Select(p => (long?)p.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (latest is null)
            {
                return Result<Poll>.Fail($"{group.Name} has no polls yet. Ask one with `/poll create`.");
            }

            text = latest.Value.ToString(CultureInfo.InvariantCulture);
        }

        if (!long.TryParse(text.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return Result<Poll>.Fail($"`poll` is a poll's number, like `poll:#3`; got `{text}`. `/poll list` shows {group.Name}'s polls.");
        }

        var poll = await LoadAsync(id, cancellationToken).ConfigureAwait(false);
        return poll is null || poll.GroupId != group.Id
            ? Result<Poll>.Fail($"{group.Name} has no poll #{id}. `/poll list group:\"{group.Name}\"` shows its polls.")
            : poll;
    }

    /// <summary>
    /// The poll whose card landed as platform message <paramref name="messageId"/> (Discord reports native poll votes
    /// by message). The link is the outbox's record of where the card landed, so it survives restarts.
    /// </summary>
    public async Task<long?> ByMessageAsync(Platform platform, string messageId, CancellationToken cancellationToken)
    {
        var keys = await db.Outbox.Where(o => o.Platform == platform && o.SentMessageId == messageId && o.EditsKey == null)
            .Select(o => o.IdempotencyKey).ToListAsync(cancellationToken).ConfigureAwait(false);
        return keys.Select(PollPublisher.PollOfPostKey).FirstOrDefault(id => id is not null);
    }

    /// <summary>The poll with its options and votes, or null.</summary>
    public Task<Poll?> LoadAsync(long id, CancellationToken cancellationToken) =>
        db.Polls.Include(p => p.Votes).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>The group's open polls and those closed in the last <paramref name="recentDays"/> days, newest first.</summary>
    public async Task<IReadOnlyList<Poll>> ListAsync(Group group, NodaTime.Instant now, int recentDays, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var since = now - NodaTime.Duration.FromDays(recentDays);
        return await db.Polls.Include(p => p.Votes)
            .Where(p => p.GroupId == group.Id && (p.ClosedAt == null || p.ClosedAt >= since))
            .OrderByDescending(p => p.Id).Take(25)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
