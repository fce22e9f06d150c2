using System.Globalization;
using StudyBot.Application;
using StudyBot.Application.Meetings;
using StudyBot.Application.Text;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Meetings;

/// <summary><c>/meeting schedule</c>: a one-off or recurring meeting with reminders, echoing its first occurrences.</summary>
public sealed class MeetingScheduleCommand(MeetingScheduling scheduling) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "meeting schedule",
        "Schedule a one-off or regular meeting with reminders",
        "meeting schedule group:\"Algo Club\" title:\"Weekly review\" start:\"tue 19:00\" repeat:\"every tue\" reminders:\"1d,15m\" location:\"Library room 2\"",
        CommandAccess.GroupOrganizer,
        [
            OptionDefinition.RequiredText("title", "What the meeting is called", MeetingOptions.TitleMaxLength),
            OptionDefinition.RequiredText("start", "In the group's zone: 19:00, 7pm, 18h30, next tue 7pm, tonight, 20.03.2027 19:00, in 2h, 7pm EST", 40),
            MeetingOptions.Group(),
            OptionDefinition.OptionalText("repeat", "once (default), every tue,thu, weekdays, every 2 weeks on mon, monthly on 2nd last fri", 60),
            OptionDefinition.OptionalText("duration", "How long, e.g. 90m or 1h30m (default 60m)", 20),
            OptionDefinition.OptionalText("location", "Room or link", MeetingOptions.LocationMaxLength),
            OptionDefinition.OptionalText("agenda", "What the meeting covers", MeetingOptions.AgendaMaxLength),
            OptionDefinition.OptionalText("reminders", "Up to 5 offsets before the start, e.g. 2d,1h,10m (default 24h,15m; none for no reminders)", 60),
            OptionDefinition.OptionalText("until", "Last date of a regular meeting, in any form start takes: 2027-06-30, 30.06.2027, jun 30, next fri", 40),
            new("count", OptionType.Integer, "Number of meetings in the series") { MinValue = 1, MaxValue = MeetingSchedule.MaxCount },
        ])
    {
        GroupOption = MeetingOptions.GroupOption,
        AccessAction = "schedule meetings",
        Notes = MeetingTimesHelp.Text,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = new ScheduleRequest(
            context.RequireString("title"),
            context.RequireString("start"),
            context.GetString("repeat"),
            context.GetString("duration"),
            context.GetString("location"),
            context.GetString("agenda"),
            context.GetString("reminders"),
            context.GetString("until"),
            (int?)context.GetInteger("count"));
        var group = context.Group;
        var scheduled = await scheduling.ScheduleAsync(group, context.Invoker, request, cancellationToken).ConfigureAwait(false);
        if (!scheduled.IsSuccess)
        {
            return Reply.Error(scheduled.Error.Message);
        }

        var (series, schedule, duration, offsets, first, startAsTyped) = scheduled.Value!;
        var zone = group.Zone();
        var lines = new List<string>
        {
            $"Scheduled {MeetingText.Name(series)} for {group.Name}: {schedule.Recurrence.Describe()}, {MeetingText.Offset(duration)} each, in {group.TimeZoneId}{(series.Location is null ? string.Empty : $", at {series.Location}")}.",
            (first.Count == 1 ? "When: " : "Next: ") + string.Join("; ", first.Select(o => MeetingText.When(o.Start, zone))),
            $"Reminders: {MeetingText.Offsets(offsets)}.",
        };
        if (startAsTyped is { } typed)
        {
            // Say the conversion out loud: "7pm EST" in a Berlin group is 01:00 the next day there.
            var repeats = schedule.Recurrence.Kind == RecurrenceKind.Once ? string.Empty : $"; the series keeps {group.TimeZoneId}'s clock";
            lines.Insert(1, $"Start typed as {LocalTimeText.Format(typed)} ({typed.Zone.Id}): that is {LocalTimeText.Format(typed.ToInstant(), zone)} in {group.TimeZoneId}{repeats}.");
        }

        if (schedule.Until is { } until)
        {
            lines.Add($"Last date: {until.ToString("ddd d MMM uuuu", CultureInfo.InvariantCulture)}.");
        }

        return Reply.Public(string.Join('\n', lines));
    }
}
