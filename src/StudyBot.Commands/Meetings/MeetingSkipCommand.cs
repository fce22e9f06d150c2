using StudyBot.Application;
using StudyBot.Application.Meetings;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Meetings;

/// <summary><c>/meeting skip</c>: one occurrence does not take place; its reminders are cancelled and the group is told.</summary>
public sealed class MeetingSkipCommand(OccurrenceChanges changes) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "meeting skip",
        "Skip one occurrence of a meeting (its reminders are cancelled and the group is told)",
        "meeting skip date:2027-03-23 meeting:\"Weekly review\"",
        CommandAccess.GroupOrganizer,
        [MeetingOptions.Date(required: true, "Day of the occurrence to skip, e.g. 2027-03-23 or tue"), MeetingOptions.Meeting(), MeetingOptions.Group()])
    {
        GroupOption = MeetingOptions.GroupOption,
        AccessAction = "skip meetings",
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var skipped = await changes.SkipAsync(context.Group, context.GetString("meeting"), context.RequireString("date"), context.Invoker, cancellationToken).ConfigureAwait(false);
        if (!skipped.IsSuccess)
        {
            return Reply.Error(skipped.Error.Message);
        }

        var (series, occurrence, zone, _) = skipped.Value!;
        return Reply.Private($"Skipped {MeetingText.Name(series)} on {MeetingText.When(occurrence!.Start, zone)}. Its reminders are cancelled and {context.Group.Name} has been told.");
    }
}
