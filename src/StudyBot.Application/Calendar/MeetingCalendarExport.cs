using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Application.Meetings;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Results;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Calendar;

/// <summary>A group's meetings as an .ics file calendar programs import.</summary>
public sealed class MeetingCalendarExport(StudyBotDbContext db, MeetingFinder finder, TimeProvider time)
{
    /// <summary>The file, or an error when the group has no meetings.</summary>
    public async Task<Result<CalendarFile>> ExportAsync(Group group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var series = await finder.ActiveSeriesAsync(group, cancellationToken).ConfigureAwait(false);
        if (series.Count == 0)
        {
            return new UserError($"{group.Name} has no meetings to export. Organizers schedule one with `/meeting schedule`.");
        }

        var calendar = await CalendarAsync(group, series, null, cancellationToken).ConfigureAwait(false);
        return new CalendarFile($"{FileName(group.Name)}.ics", Encoding.UTF8.GetBytes(calendar), series.Count);
    }

    /// <summary>
    /// The group's meetings as iCalendar text, even when it has none (a subscribed feed must stay valid);
    /// <paramref name="refresh"/> asks calendar apps to fetch it again that often.
    /// </summary>
    public async Task<string> CalendarAsync(Group group, Duration? refresh, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var series = await finder.ActiveSeriesAsync(group, cancellationToken).ConfigureAwait(false);
        return await CalendarAsync(group, series, refresh, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> CalendarAsync(Group group, List<MeetingSeries> series, Duration? refresh, CancellationToken cancellationToken)
    {
        var ids = series.Select(s => s.Id).ToList();
        var changes = await db.OccurrenceChanges.Where(c => ids.Contains(c.SeriesId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return IcsExport.Create(group.Name, series.Select(s => ToIcs(s, group.TimeZoneId, changes.Where(c => c.SeriesId == s.Id).ToList())), time.Now(), refresh);
    }

    private static IcsSeries ToIcs(MeetingSeries series, string zoneId, List<OccurrenceChange> changes)
    {
        var isLink = series.Location is { } location && Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
        return new IcsSeries(
            $"meeting-{series.Id}@studybot",
            series.Title,
            series.Agenda,
            series.Location,
            isLink ? series.Location : null,
            series.ToSchedule(),
            zoneId,
            Duration.FromMinutes(series.DurationMinutes),
            changes.Where(c => c.Kind != OccurrenceChangeKind.Moved).Select(c => c.OriginalStart).ToList(),
            changes.Where(c => c.Kind == OccurrenceChangeKind.Moved && c.NewStart is not null).Select(c => new IcsMove(c.OriginalStart, c.NewStart!.Value)).ToList());
    }

    private static string FileName(string name)
    {
        var safe = new string(name.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray()).Trim('-');
        return safe.Length == 0 ? "meetings" : safe;
    }
}
