using StudyBot.Application;
using StudyBot.Application.Meetings;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Meetings;

/// <summary><c>/meeting move</c>: one occurrence to another time; its reminders follow and the group is told.</summary>
public sealed class MeetingMoveCommand(OccurrenceChanges changes) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "meeting move",
        "Move one occurrence of a meeting to another time",
        "meeting move date:2027-03-23 to:\"2027-03-24 18:00\" meeting:\"Weekly review\"",
        CommandAccess.GroupOrganizer,
        [
            MeetingOptions.Date(required: true, "Day of the occurrence to move, e.g. 2027-03-23 or tue"),
            OptionDefinition.RequiredText("to", "The new start, e.g. thu 18:00 (a weekday is in that meeting's week), 2027-03-24 18:00 or tomorrow 7pm", 40),
            MeetingOptions.Meeting(),
            MeetingOptions.Group(),
        ])
    {
        GroupOption = MeetingOptions.GroupOption,
        AccessAction = "move meetings",
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var moved = await changes.MoveAsync(context.Group, context.GetString("meeting"), context.RequireString("date"), context.RequireString("to"), context.Invoker, cancellationToken).ConfigureAwait(false);
        if (!moved.IsSuccess)
        {
            return Reply.Error(moved.Error.Message);
        }

        var (series, occurrence, zone, to) = moved.Value!;
        return Reply.Private($"Moved {MeetingText.Name(series)} from {MeetingText.When(occurrence!.Start, zone)} to {MeetingText.When(to!.Value, zone)}. Its reminders follow and {context.Group.Name} has been told.");
    }
}
