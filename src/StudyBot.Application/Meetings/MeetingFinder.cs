using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Results;
using StudyBot.Core.Text;
using StudyBot.Persistence;

namespace StudyBot.Application.Meetings;

/// <summary>Finds the meeting series a request names in a group: by #number, number or title.</summary>
public sealed class MeetingFinder(StudyBotDbContext db)
{
    /// <summary>The group's series that are not cancelled, oldest first.</summary>
    public Task<List<MeetingSeries>> ActiveSeriesAsync(Group group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        return db.MeetingSeries.Where(s => s.GroupId == group.Id && s.CancelledAt == null).OrderBy(s => s.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The series <paramref name="reference"/> names; without one, the group's only series.</summary>
    public async Task<Result<MeetingSeries>> FindAsync(Group group, string? reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
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
