using StudyBot.Application;
using StudyBot.Application.Meetings;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Meetings;

/// <summary><c>/meeting rsvp</c>: going, maybe or can't, for the next occurrence or the one on <c>date:</c>.</summary>
public sealed class MeetingRsvpCommand(MeetingRsvps rsvps) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "meeting rsvp",
        "Say whether you are coming to a meeting",
        "meeting rsvp status:going meeting:\"Weekly review\"",
        CommandAccess.GroupMember,
        [
            new("status", OptionType.String, "going, maybe or cant") { Required = true, Choices = MeetingRsvps.Choices },
            MeetingOptions.Date(required: false, "Day of the meeting, e.g. 2027-03-23 or thu (default: the next meeting of any of the group's series)"),
            MeetingOptions.Meeting(),
            MeetingOptions.Group(),
        ])
    {
        GroupOption = MeetingOptions.GroupOption,
        AccessAction = "answer",
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = MeetingRsvps.ParseStatus(context.RequireString("status"))!.Value;
        var recorded = await rsvps.AnswerAsync(context.Group, context.GetString("meeting"), context.GetString("date"), status, context.Invoker, cancellationToken).ConfigureAwait(false);
        return RsvpReplies.Render(recorded);
    }
}
