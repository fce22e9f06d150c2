using NodaTime;
using NodaTime.Text;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Support;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Core.Results;
using StudyBot.Persistence;

namespace StudyBot.Commands.Meetings;

/// <summary><c>/meeting schedule</c>: a one-off or recurring meeting with reminders, echoing its first occurrences.</summary>
public sealed class MeetingScheduleCommand(StudyBotDbContext db, MeetingFinder finder, MeetingPlanner planner, AfterCommit afterCommit, IBackgroundWork work, IEnumerable<IMeetingsChangedListener> listeners, TimeProvider time) : ICommandHandler
{
    private const int ShownOccurrences = 3;

    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "meeting schedule",
        "Schedule a one-off or regular meeting with reminders",
        "meeting schedule group:\"Algo Club\" title:\"Weekly review\" start:\"tue 19:00\" repeat:\"every tue\" reminders:\"1d,15m\" location:\"Library room 2\"",
        CommandAccess.GroupOrganizer,
        [
            OptionDefinition.RequiredText("title", "What the meeting is called", MeetingOptions.TitleMaxLength),
            OptionDefinition.RequiredText("start", "First start in the group's zone: 19:00, 7pm, tue 18:30, tomorrow 9am, 2026-12-01 18:00, in 2h", 40),
            MeetingOptions.Group(),
            OptionDefinition.OptionalText("repeat", "once (default), every tue,thu, every 2 weeks on mon, monthly on 3rd tue, monthly on day 15", 60),
            OptionDefinition.OptionalText("duration", "How long, e.g. 90m or 1h30m (default 60m)", 20),
            OptionDefinition.OptionalText("location", "Room or link", MeetingOptions.LocationMaxLength),
            OptionDefinition.OptionalText("agenda", "What the meeting covers", MeetingOptions.AgendaMaxLength),
            OptionDefinition.OptionalText("reminders", "Up to 5 offsets before the start, e.g. 2d,1h,10m (default 24h,15m; none for no reminders)", 60),
            OptionDefinition.OptionalText("until", "Last date of a regular meeting, e.g. 2027-06-30", 20),
            new("count", OptionType.Integer, "Number of meetings in the series") { MinValue = 1, MaxValue = MeetingSchedule.MaxCount },
        ]);

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
        if (!Permissions.IsOrganizer(group, context.Invoker))
        {
            return Reply.Error(Permissions.OrganizerOnly(group, "schedule meetings"));
        }

        var zone = MeetingPlanner.ZoneOf(group);
        var now = time.Now();
        var plan = Validate(context, now.InZone(zone));
        if (!plan.IsSuccess)
        {
            return Reply.Error(plan.Error.Message);
        }

        var (schedule, duration, offsets) = plan.Value!;
        var first = Occurrences.From(schedule, zone, now).Take(ShownOccurrences).ToList();
        if (first.Count == 0)
        {
            return Reply.Error("No meeting of this series is still ahead: check `start`, `until` and `count`.");
        }

        var series = new MeetingSeries(group.Id, context.RequireString("title"), schedule.FirstStart, schedule.Recurrence.ToStorage(), (int)duration.TotalMinutes, MeetingSeries.FormatOffsets(offsets), context.Invoker.UserId, now)
        {
            Until = schedule.Until,
            Count = schedule.Count,
            Location = context.GetString("location") is { Length: > 0 } location ? location : null,
            Agenda = context.GetString("agenda") is { Length: > 0 } agenda ? agenda : null,
        };
        db.MeetingSeries.Add(series);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await planner.ReplanAsync(series, zone, now, includeOverdue: false, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        afterCommit.Add(work.RemindersChanged);
        afterCommit.AddMeetingsChanged(listeners);

        var lines = new List<string>
        {
            $"Scheduled {MeetingText.Name(series)} for {group.Name}: {schedule.Recurrence.Describe()}, {MeetingText.Offset(duration)} each, in {group.TimeZoneId}{(series.Location is null ? string.Empty : $", at {series.Location}")}.",
            (first.Count == 1 ? "When: " : "Next: ") + string.Join("; ", first.Select(o => MeetingText.When(o.Start, zone))),
            $"Reminders: {MeetingText.Offsets(offsets)}.",
        };
        return Reply.Public(string.Join('\n', lines));
    }

    private static Result<(MeetingSchedule Schedule, Duration Duration, IReadOnlyList<Duration> Offsets)> Validate(CommandContext context, ZonedDateTime now)
    {
        var start = StartTimeParser.Parse(context.RequireString("start"), now);
        if (!start.IsSuccess)
        {
            return Result<(MeetingSchedule, Duration, IReadOnlyList<Duration>)>.Fail(start.Error);
        }

        var recurrence = RepeatParser.Parse(context.GetString("repeat") ?? "once", start.Value.Date);
        if (!recurrence.IsSuccess)
        {
            return Result<(MeetingSchedule, Duration, IReadOnlyList<Duration>)>.Fail(recurrence.Error);
        }

        if (recurrence.Value!.Kind == RecurrenceKind.Once && StartTimeParser.IsPast(start.Value, now))
        {
            return Result<(MeetingSchedule, Duration, IReadOnlyList<Duration>)>.Fail($"{LocalTimeText.Format(Occurrences.Resolve(start.Value, now.Zone), now.Zone)} is in the past. Give a time that is still ahead, e.g. `start:\"tomorrow 19:00\"`.");
        }

        var duration = DurationParser.Parse(context.GetString("duration") ?? "60m");
        if (!duration.IsSuccess)
        {
            return Result<(MeetingSchedule, Duration, IReadOnlyList<Duration>)>.Fail(duration.Error);
        }

        var offsets = context.GetString("reminders") is { } reminders ? ReminderOffsetsParser.Parse(reminders) : ReminderOffsetsParser.Default.ToList();
        if (!offsets.IsSuccess)
        {
            return Result<(MeetingSchedule, Duration, IReadOnlyList<Duration>)>.Fail(offsets.Error);
        }

        if (recurrence.Value.ShortestGap() is { } gap && offsets.Value!.Count > 0 && offsets.Value.Max() > gap)
        {
            return Result<(MeetingSchedule, Duration, IReadOnlyList<Duration>)>.Fail($"A reminder {MeetingText.Offset(offsets.Value.Max())} before cannot work for a meeting that repeats {recurrence.Value.Describe()} (as little as {MeetingText.Offset(gap)} apart). Use offsets up to {MeetingText.Offset(gap)}.");
        }

        LocalDate? until = null;
        if (context.GetString("until") is { } untilText)
        {
            var parsed = LocalDatePattern.Iso.Parse(untilText.Trim());
            if (!parsed.Success)
            {
                return Result<(MeetingSchedule, Duration, IReadOnlyList<Duration>)>.Fail($"`until` must be a date like 2027-06-30; got `{untilText}`.");
            }

            until = parsed.Value;
        }

        var schedule = MeetingSchedule.Create(start.Value, recurrence.Value, until, (int?)context.GetInteger("count"));
        return schedule.IsSuccess
            ? (schedule.Value!, duration.Value, offsets.Value!)
            : Result<(MeetingSchedule, Duration, IReadOnlyList<Duration>)>.Fail(schedule.Error);
    }
}
