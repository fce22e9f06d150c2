using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Results;
using StudyBot.Core.Text;
using StudyBot.Persistence;

namespace StudyBot.Application.Meetings;

/// <summary>Finds the meeting series a request names in a group: by #number, number or title.</summary>
public sealed class MeetingFinder(StudyBotDbContext db)
{
    // A chain of edits from a day on is short; the bound only guards against a damaged store looping.
    private const int MaxContinuations = 100;

    /// <summary>
    /// The group's series that are not cancelled, oldest first: with those an edit continued, whose meetings before
    /// the edit's first day may still be ahead.
    /// </summary>
    public Task<List<MeetingSeries>> ActiveSeriesAsync(Group group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        return db.MeetingSeries.Where(s => s.GroupId == group.Id && s.CancelledAt == null).OrderBy(s => s.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The meetings people name: the active series without those an edit continued, since the part carrying on
    /// stands for the meeting, not the parts an edit split it into.
    /// </summary>
    public async Task<List<MeetingSeries>> NamedSeriesAsync(Group group, CancellationToken cancellationToken) =>
        (await ActiveSeriesAsync(group, cancellationToken).ConfigureAwait(false)).Where(s => s.ContinuedBy is null).ToList();

    /// <summary>
    /// The series that held <paramref name="series"/>' meetings on <paramref name="date"/>: itself, or for a day
    /// before an edit split it, the earlier part it continues.
    /// </summary>
    public async Task<MeetingSeries> HolderOnAsync(MeetingSeries series, LocalDate date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        var holder = series;
        foreach (var earlier in await EarlierPartsAsync(series, cancellationToken).ConfigureAwait(false))
        {
            if (date >= holder.FirstStart.Date)
            {
                break;
            }

            holder = earlier;
        }

        return holder;
    }

    /// <summary>The series an edit split off before <paramref name="series"/>, latest first.</summary>
    public async Task<List<MeetingSeries>> EarlierPartsAsync(MeetingSeries series, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        var parts = new List<MeetingSeries>();
        for (var id = series.Id; parts.Count < MaxContinuations;)
        {
            var continuing = id;
            var earlier = await db.MeetingSeries.FirstOrDefaultAsync(s => s.ContinuedBy == continuing, cancellationToken).ConfigureAwait(false);
            if (earlier is null)
            {
                break;
            }

            parts.Add(earlier);
            id = earlier.Id;
        }

        return parts;
    }

    /// <summary>The series <paramref name="reference"/> names; without one, the group's only series.</summary>
    public async Task<Result<MeetingSeries>> FindAsync(Group group, string? reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var active = await NamedSeriesAsync(group, cancellationToken).ConfigureAwait(false);
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
            var byId = await LatestAsync(await db.MeetingSeries.FirstOrDefaultAsync(s => s.Id == id && s.GroupId == group.Id, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            return byId switch
            {
                null => Result<MeetingSeries>.Fail($"{group.Name} has no meeting #{id}. `/meeting list group:\"{group.Name}\"` shows its meetings."),
                { CancelledAt: not null } => Result<MeetingSeries>.Fail($"Meeting #{byId.Id} ({byId.Title}) was cancelled."),
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

    // A series an edit continued leads to the one carrying on, so #numbers people remember keep working.
    private async Task<MeetingSeries?> LatestAsync(MeetingSeries? series, CancellationToken cancellationToken)
    {
        for (var step = 0; step < MaxContinuations && series?.ContinuedBy is { } next; step++)
        {
            series = await db.MeetingSeries.FirstOrDefaultAsync(s => s.Id == next, cancellationToken).ConfigureAwait(false);
        }

        return series;
    }
}
