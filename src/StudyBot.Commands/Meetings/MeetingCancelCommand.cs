using StudyBot.Application;
using StudyBot.Application.Meetings;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Meetings;

/// <summary><c>/meeting cancel</c>: the whole series, or with <c>date:</c> one occurrence; pending reminders go at once.</summary>
public sealed class MeetingCancelCommand(OccurrenceChanges changes) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "meeting cancel",
        "Cancel a meeting series, or one occurrence of it with date:",
        "meeting cancel meeting:\"Weekly review\"",
        CommandAccess.GroupOrganizer,
        [MeetingOptions.Meeting(), MeetingOptions.Date(required: false, "Cancel only the occurrence on this day, e.g. 2027-03-23"), MeetingOptions.Group()])
    {
        GroupOption = MeetingOptions.GroupOption,
        AccessAction = "cancel meetings",
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.Group;
        var cancelled = await changes.CancelAsync(group, context.GetString("meeting"), context.GetString("date"), context.Invoker, cancellationToken).ConfigureAwait(false);
        if (!cancelled.IsSuccess)
        {
            return Reply.Error(cancelled.Error.Message);
        }

        var (series, occurrence, zone, _) = cancelled.Value!;
        return occurrence is null
            ? Reply.Private($"Cancelled {MeetingText.Name(series)}; its reminders are withdrawn and {group.Name} has been told.")
            : Reply.Private($"Cancelled {MeetingText.Name(series)} on {MeetingText.When(occurrence.Start, zone)}; its reminders are withdrawn and {group.Name} has been told.");
    }
}
