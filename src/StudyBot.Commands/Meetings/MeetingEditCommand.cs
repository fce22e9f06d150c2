using StudyBot.Application;
using StudyBot.Application.Meetings.Editing;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Meetings;

/// <summary><c>/meeting edit</c>: changes a series from a day on; its reminders are replanned and the group told.</summary>
public sealed class MeetingEditCommand(MeetingEditing editing) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "meeting edit",
        "Change a meeting's title, time, days, length, place, agenda, reminders or end, from a day on",
        "meeting edit meeting:\"Weekly review\" time:19:30 days:wed location:\"Room 5\" from:2027-04-01",
        CommandAccess.GroupOrganizer,
        [
            MeetingOptions.Meeting(),
            new("from", OptionType.String, "First day the change applies to, e.g. 2027-04-01 or next tue (default: the next meeting)") { MaxLength = 40 },
            OptionDefinition.OptionalText("title", "New title", MeetingOptions.TitleMaxLength),
            OptionDefinition.OptionalText("time", "New time of day, e.g. 19:30 or 7pm", 20),
            OptionDefinition.OptionalText("days", "New weekdays of a weekly meeting, e.g. wed or mon,thu", 60),
            OptionDefinition.OptionalText("repeat", "New rule, as in /meeting schedule, e.g. monthly on 1st tue", 60),
            OptionDefinition.OptionalText("duration", "New length, e.g. 90m", 20),
            OptionDefinition.OptionalText("location", "New room or link (none to remove)", MeetingOptions.LocationMaxLength),
            OptionDefinition.OptionalText("agenda", "New agenda (none to remove)", MeetingOptions.AgendaMaxLength),
            OptionDefinition.OptionalText("reminders", "New reminder offsets, e.g. 2d,1h (none for no reminders)", 60),
            OptionDefinition.OptionalText("until", "New last date, e.g. 2027-06-30 (none for no end)", 20),
            MeetingOptions.Group(),
        ])
    {
        GroupOption = MeetingOptions.GroupOption,
        AccessAction = "edit meetings",
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = new MeetingEditRequest(
            context.GetString("meeting"),
            context.GetString("from"),
            context.GetString("title"),
            context.GetString("time"),
            context.GetString("days"),
            context.GetString("repeat"),
            context.GetString("duration"),
            context.GetString("location"),
            context.GetString("agenda"),
            context.GetString("reminders"),
            context.GetString("until"));
        var edited = await editing.EditAsync(context.Group, context.Invoker, request, cancellationToken).ConfigureAwait(false);
        return edited.IsSuccess
            ? Reply.Private(MeetingEditText.Reply(edited.Value!, context.Group.Name))
            : Reply.Error(edited.Error.Message);
    }
}
