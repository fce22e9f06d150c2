using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Commands.Calendar;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Support;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Commands.Meetings;

/// <summary><c>/meeting export</c>: the group's meetings as an .ics file calendar programs import.</summary>
public sealed class MeetingExportCommand(StudyBotDbContext db, MeetingFinder finder, TimeProvider time) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "meeting export",
        "Download a group's meetings as a calendar (.ics) file",
        "meeting export group:\"Algo Club\"",
        CommandAccess.Anyone,
        [MeetingOptions.Group()])
    {
        ReadOnly = true,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var found = await finder.GroupAsync(context, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Reply.Error(found.Error.Message);
        }

        var group = found.Value!;
        var series = await finder.ActiveSeriesAsync(group, cancellationToken).ConfigureAwait(false);
        if (series.Count == 0)
        {
            return Reply.Error($"{group.Name} has no meetings to export. Organizers schedule one with `/meeting schedule`.");
        }

        var ids = series.Select(s => s.Id).ToList();
        var changes = await db.OccurrenceChanges.Where(c => ids.Contains(c.SeriesId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var calendar = IcsExport.Create(group.Name, series.Select(s => ToIcs(s, group.TimeZoneId, changes.Where(c => c.SeriesId == s.Id).ToList())), time.Now());
        var file = new ReplyAttachment($"{FileName(group.Name)}.ics", "text/calendar", Encoding.UTF8.GetBytes(calendar));
        return new Reply
        {
            Text = $"{group.Name}'s meetings as a calendar file ({series.Count} series). Import it into Google Calendar, Outlook or Apple Calendar.",
            Ephemeral = true,
            Attachments = [file],
        };
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
            MeetingPlanner.ScheduleOf(series),
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
