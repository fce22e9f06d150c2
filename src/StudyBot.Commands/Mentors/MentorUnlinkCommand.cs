using StudyBot.Application.Mentors;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Meetings;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Mentors;

/// <summary><c>/mentor unlink</c>: ends a pairing (the member, the mentor or an organizer).</summary>
public sealed class MentorUnlinkCommand(MentorLinks links) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "mentor unlink",
        "End a mentoring pair and its weekly check-in",
        "mentor unlink member:@bob",
        CommandAccess.GroupMember,
        [
            new("member", OptionType.User, "Whose pairing ends (default: yours)"),
            MeetingOptions.Group(),
        ])
    {
        GroupOption = MeetingOptions.Group().Name,
        AccessAction = "end mentoring pairs",
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ended = await links.UnlinkAsync(context.Group, context.Invoker, context.GetUser("member"), cancellationToken).ConfigureAwait(false);
        return ended.IsSuccess
            ? Reply.Private($"{MentorMessages.MemberName(context.Group, ended.Value!)} and {ended.Value!.MentorName} are no longer paired in {context.Group.Name}; their weekly check-in stops.")
            : Reply.Error(ended.Error.Message);
    }
}
