using StudyBot.Application.Checkins;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Meetings;
using StudyBot.Commands.Routing;
using StudyBot.Core.Checkins;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Checkins;

/// <summary><c>/checkin schedule</c>: when members are asked to check in, in their own time zones.</summary>
public sealed class CheckinScheduleCommand(CheckinSettings settings) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "checkin schedule",
        "Set when members check in (each at that time in their own zone) and the weekly digest",
        "checkin schedule days:daily time:20:00",
        CommandAccess.GroupOrganizer,
        [
            new("days", OptionType.String, "daily, weekdays, or days such as mon,wed,fri") { MaxLength = 60 },
            new("time", OptionType.String, "Local time of the prompt in each member's zone, e.g. 20:00") { MaxLength = 20 },
            new("via", OptionType.String, "Prompts by DM (default) or in the group's channel") { Choices = ["dm", "channel"] },
            new("nudge", OptionType.String, "One nudge this long after the prompt if not checked in (default 4h)") { MaxLength = 20 },
            new("grace", OptionType.Integer, "Missed check-ins forgiven per week (default 1)") { MinValue = 0, MaxValue = CheckinSchedule.MaxGracePerWeek },
            new("digest", OptionType.String, "Weekly digest slot in the group's zone (default: sun 18:00)") { MaxLength = 30 },
            MeetingOptions.Group(),
        ])
    {
        GroupOption = MeetingOptions.GroupOption,
        AccessAction = "set its check-in schedule",
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var via = context.GetString("via") switch
        {
            "channel" => CheckinDelivery.Channel,
            "dm" => CheckinDelivery.DirectMessage,
            _ => (CheckinDelivery?)null,
        };
        var request = new CheckinScheduleRequest(context.GetString("days"), context.GetString("time"), via, context.GetString("nudge"), (int?)context.GetInteger("grace"), context.GetString("digest"));
        var set = await settings.SetAsync(context.Group, context.Invoker, request, cancellationToken).ConfigureAwait(false);
        if (!set.IsSuccess)
        {
            return Reply.Error(set.Error.Message);
        }

        return Reply.Public(Describe(context.Group.Name, set.Value!));
    }

    /// <summary>The schedule as the group reads it.</summary>
    public static string Describe(string groupName, CheckinSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var where = schedule.Delivery == CheckinDelivery.Channel ? "in this group's channel" : "by DM";
        return $"Check-ins for **{groupName}**: {schedule.Describe()} in each member's own time zone, {where}. "
            + $"One nudge {DurationParser.Format(schedule.NudgeAfter)} later if someone hasn't checked in; {schedule.GracePerWeek} grace day{(schedule.GracePerWeek == 1 ? string.Empty : "s")} a week keep streaks alive. "
            + $"Digest every {Weekdays.ShortName(schedule.DigestDay)} at {schedule.DigestTime:HH:mm} here. Check in any time with `/checkin now`; `/checkin pause` for a break.";
    }
}
