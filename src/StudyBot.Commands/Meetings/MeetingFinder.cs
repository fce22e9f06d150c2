using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Support;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Results;
using StudyBot.Core.Text;
using StudyBot.Persistence;

namespace StudyBot.Commands.Meetings;

/// <summary>Finds the group and the meeting series a meeting command names.</summary>
public sealed class MeetingFinder(StudyBotDbContext db, GroupFinder groups)
{
    /// <summary>The group from the <c>group</c> option (or the channel's group).</summary>
    public Task<Result<Group>> GroupAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return groups.FindAsync(context, context.GetString("group"), cancellationToken);
    }

    /// <summary>The group and the series from the <c>meeting</c> option (#id, id or title).</summary>
    public async Task<Result<(Group Group, MeetingSeries Series)>> SeriesAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = await GroupAsync(context, cancellationToken).ConfigureAwait(false);
        if (!group.IsSuccess)
        {
            return Result<(Group, MeetingSeries)>.Fail(group.Error);
        }

        var series = await InGroupAsync(group.Value!, context.GetString("meeting"), cancellationToken).ConfigureAwait(false);
        return series.IsSuccess ? (group.Value!, series.Value!) : Result<(Group, MeetingSeries)>.Fail(series.Error);
    }

    /// <summary>The group's series that are not cancelled, oldest first.</summary>
    public Task<List<MeetingSeries>> ActiveSeriesAsync(Group group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        return db.MeetingSeries.Where(s => s.GroupId == group.Id && s.CancelledAt == null).OrderBy(s => s.Id).ToListAsync(cancellationToken);
    }

    private async Task<Result<MeetingSeries>> InGroupAsync(Group group, string? reference, CancellationToken cancellationToken)
    {
        var active = await ActiveSeriesAsync(group, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(reference))
        {
            return active.Count == 1
                ? active[0]
                : Result<MeetingSeries>.Fail(active.Count == 0
                    ? $"{group.Name} has no scheduled meetings. Organizers add one with `/meeting schedule`."
                    : $"{group.Name} has several meetings; name one with `meeting:`, e.g. {string.Join(", ", active.Take(3).Select(s => $"`meeting:#{s.Id}`"))}. `/meeting list` shows them.");
        }

        var text = reference.Trim();
        if (long.TryParse(text.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            var byId = await db.MeetingSeries.FirstOrDefaultAsync(s => s.Id == id && s.GroupId == group.Id, cancellationToken).ConfigureAwait(false);
            return byId switch
            {
                null => Result<MeetingSeries>.Fail($"{group.Name} has no meeting #{id}. `/meeting list group:\"{group.Name}\"` shows its meetings."),
                { CancelledAt: not null } => Result<MeetingSeries>.Fail($"Meeting #{id} ({byId.Title}) was cancelled."),
                _ => byId,
            };
        }

        var byTitle = active.Where(s => string.Equals(s.Title, text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byTitle.Count == 1)
        {
            return byTitle[0];
        }

        if (byTitle.Count > 1)
        {
            return Result<MeetingSeries>.Fail($"Several meetings are called \"{text}\"; use the number: {string.Join(", ", byTitle.Select(s => $"#{s.Id}"))}.");
        }

        var suggestion = Suggestions.Closest(text, active.Select(s => s.Title));
        return Result<MeetingSeries>.Fail(suggestion is null
            ? $"{group.Name} has no meeting called \"{text}\". `/meeting list` shows its meetings."
            : $"{group.Name} has no meeting called \"{text}\". Did you mean \"{suggestion}\"?");
    }
}
