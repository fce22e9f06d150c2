using System.Globalization;
using NodaTime;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Results;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Meetings.Editing;

/// <summary>
/// <c>/meeting edit</c>: changes a series from a day on. Meetings before that day keep their settings: when
/// there are any and the change concerns them, the series ends the day before and a new series carries on
/// (references to the old one lead to it). Skips, moves, RSVPs and fixed roles of later meetings follow
/// them to the new rule; the work is replanned and the group told, in the caller's unit of work.
/// </summary>
public sealed class MeetingEditing(StudyBotDbContext db, MeetingFinder finder, SeriesOccurrences occurrences, MeetingPlanner planner, MeetingAnnouncements announcements, OccurrenceRekeying rekeying, AgendaResources agendas, TimeProvider time)
{
    /// <summary>How many upcoming meetings the reply shows.</summary>
    public const int EchoedOccurrences = 3;

    /// <summary>Applies <paramref name="request"/>, or says what to fix with nothing stored.</summary>
    public async Task<Result<MeetingEdited>> EditAsync(Group group, Invoker invoker, MeetingEditRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        ArgumentNullException.ThrowIfNull(request);
        if (request.ChangesNothing)
        {
            return new UserError("Say what to change, e.g. `time:19:30`, `days:wed`, `location:\"Room 5\"`, `reminders:2h` or `until:2027-06-30` (`from:` sets the first day it applies to).");
        }

        var found = await finder.FindAsync(group, request.Meeting, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var agenda = await agendas.ResolveAsync(group, request.Agenda, cancellationToken).ConfigureAwait(false);
        if (!agenda.IsSuccess)
        {
            return agenda.Error;
        }

        request = request with { Agenda = agenda.Value };
        var series = found.Value!;
        var zone = group.Zone();
        var now = time.Now();
        var next = await occurrences.UpcomingAsync(series, zone, now, 1, cancellationToken).ConfigureAwait(false);
        var read = SeriesEdit.Read(series, request, zone, now, next.Count == 0 ? null : next[0].Original.Date);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        var edit = read.Value!;
        var continuing = edit.Split ? await ContinueAsync(series, group, invoker, edit, now, cancellationToken).ConfigureAwait(false) : Apply(series, edit);
        var dropped = await rekeying.FollowAsync(series, continuing, edit.From, edit.Schedule, zone, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (edit.Split)
        {
            await planner.ReplanAsync(series, zone, now, cancellationToken).ConfigureAwait(false);
        }

        var upcoming = await occurrences.UpcomingAsync(continuing, zone, now, EchoedOccurrences, cancellationToken).ConfigureAwait(false);
        var edited = new MeetingEdited(continuing, edit.Split ? series : null, edit, upcoming, dropped, zone);
        var key = string.Create(CultureInfo.InvariantCulture, $"edit:{continuing.Id}:{now.ToUnixTimeTicks()}");
        await announcements.ChangedAsync(continuing, group, null, now, MeetingEditText.Announcement(edited), key, cancellationToken).ConfigureAwait(false);
        return edited;
    }

    private static MeetingSeries Apply(MeetingSeries series, EditedSeries edit)
    {
        series.Title = edit.Title;
        series.FirstStart = edit.Schedule.FirstStart;
        series.Recurrence = edit.Schedule.Recurrence.ToStorage();
        series.Until = edit.Schedule.Until;
        series.Count = edit.Schedule.Count;
        series.DurationMinutes = (int)edit.Duration.TotalMinutes;
        series.Location = edit.Location;
        series.Agenda = edit.Agenda;
        series.ReminderOffsets = MeetingSeries.FormatOffsets(edit.Offsets);
        return series;
    }

    // The old series keeps the meetings before the edit's first day; a new one, with the new settings, carries on.
    private async Task<MeetingSeries> ContinueAsync(MeetingSeries series, Group group, Invoker invoker, EditedSeries edit, Instant now, CancellationToken cancellationToken)
    {
        var schedule = edit.Schedule;
        var continuing = new MeetingSeries(group.Id, edit.Title, schedule.FirstStart, schedule.Recurrence.ToStorage(), (int)edit.Duration.TotalMinutes, MeetingSeries.FormatOffsets(edit.Offsets), invoker.UserId, now)
        {
            Until = schedule.Until,
            Count = schedule.Count,
            Location = edit.Location,
            Agenda = edit.Agenda,
        };
        db.MeetingSeries.Add(continuing);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (series.Count is not null)
        {
            series.Count = edit.EarlierCount;
        }
        else
        {
            series.Until = edit.From.PlusDays(-1);
        }

        series.ContinuedBy = continuing.Id;
        return continuing;
    }
}
