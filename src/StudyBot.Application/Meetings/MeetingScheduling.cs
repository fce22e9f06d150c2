using NodaTime;
using StudyBot.Application.Text;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Results;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Meetings;

/// <summary>Schedules a one-off or recurring meeting for a group, plans its reminders and posts its card.</summary>
public sealed class MeetingScheduling(StudyBotDbContext db, MeetingPlanner planner, AgendaResources agendas, MeetingCards cards, AfterCommit afterCommit, IEnumerable<IMeetingsChangedListener> listeners, TimeProvider time)
{
    /// <summary>How many upcoming meetings the echo shows.</summary>
    public const int EchoedOccurrences = 3;

    /// <summary>Checks every part of <paramref name="request"/>, stores the series and plans it; or says what to fix.</summary>
    public async Task<Result<ScheduledMeeting>> ScheduleAsync(Group group, Invoker invoker, ScheduleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        ArgumentNullException.ThrowIfNull(request);
        var zone = group.Zone();
        var now = time.Now();
        var plan = Read(request, now.InZone(zone));
        if (!plan.IsSuccess)
        {
            return plan.Error;
        }

        var agenda = await agendas.ResolveAsync(group, request.Agenda, cancellationToken).ConfigureAwait(false);
        if (!agenda.IsSuccess)
        {
            return agenda.Error;
        }

        var (schedule, duration, offsets, typed) = plan.Value!;
        var first = Occurrences.From(schedule, zone, now).Take(EchoedOccurrences).ToList();
        if (first.Count == 0)
        {
            return new UserError("No meeting of this series is still ahead: check `start`, `until` and `count`.");
        }

        var series = new MeetingSeries(group.Id, request.Title, schedule.FirstStart, schedule.Recurrence.ToStorage(), (int)duration.TotalMinutes, MeetingSeries.FormatOffsets(offsets), invoker.UserId, now)
        {
            Until = schedule.Until,
            Count = schedule.Count,
            Location = request.Location is { Length: > 0 } location ? location : null,
            Agenda = agenda.Value is { Length: > 0 } withLinks ? withLinks : null,
        };
        db.MeetingSeries.Add(series);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await planner.ReplanAsync(series, zone, now, cancellationToken).ConfigureAwait(false);
        await cards.PostNextAsync(series, group, now, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        afterCommit.AddMeetingsChanged(listeners);
        return new ScheduledMeeting(series, schedule, duration, offsets, first, typed);
    }

    private static Result<(MeetingSchedule Schedule, Duration Duration, IReadOnlyList<Duration> Offsets, ZonedDateTime? Typed)> Read(ScheduleRequest request, ZonedDateTime now)
    {
        var typed = StartTimeParser.Read(request.Start, now);
        if (!typed.IsSuccess)
        {
            return typed.Error;
        }

        var start = Result<LocalDateTime>.Ok(typed.Value!.Local);
        var recurrence = RepeatParser.Parse(request.Repeat ?? "once", start.Value.Date);
        if (!recurrence.IsSuccess)
        {
            return recurrence.Error;
        }

        if (recurrence.Value!.Kind == RecurrenceKind.Once && StartTimeParser.IsPast(start.Value, now))
        {
            return new UserError($"{LocalTimeText.Format(Occurrences.Resolve(start.Value, now.Zone), now.Zone)} is in the past. Give a time that is still ahead, e.g. `start:\"tomorrow 19:00\"`.");
        }

        var duration = DurationParser.Parse(request.Duration ?? "60m");
        if (!duration.IsSuccess)
        {
            return duration.Error;
        }

        var offsets = request.Reminders is { } reminders ? ReminderOffsetsParser.Parse(reminders) : ReminderOffsetsParser.Default.ToList();
        if (!offsets.IsSuccess)
        {
            return offsets.Error;
        }

        if (recurrence.Value.ShortestGap() is { } gap && offsets.Value!.Count > 0 && offsets.Value.Max() > gap)
        {
            return new UserError($"A reminder {MeetingText.Offset(offsets.Value.Max())} before cannot work for a meeting that repeats {recurrence.Value.Describe()} (as little as {MeetingText.Offset(gap)} apart). Use offsets up to {MeetingText.Offset(gap)}.");
        }

        LocalDate? until = null;
        if (request.Until is { } untilText)
        {
            var read = UntilDate.Read(untilText, now);
            if (!read.IsSuccess)
            {
                return read.Error;
            }

            until = read.Value;
        }

        var schedule = MeetingSchedule.Create(start.Value, recurrence.Value, until, request.Count);
        if (!schedule.IsSuccess)
        {
            return schedule.Error;
        }

        var shifted = TypedZoneCheck.DaysStillMatch(schedule.Value!, typed.Value.AsTyped, now.Zone);
        return shifted.IsSuccess ? (schedule.Value!, duration.Value, offsets.Value!, typed.Value.AsTyped) : shifted.Error;
    }
}
