using StudyBot.Application.Checkins;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Meetings;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Checkins;

/// <summary><c>/checkin now</c>: opens the check-in form, whatever the schedule.</summary>
public sealed class CheckinNowCommand(CheckinRecorder recorder) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "checkin now",
        "Check in now: what you did, progress on your goals, blockers",
        "checkin now",
        CommandAccess.GroupMember,
        [MeetingOptions.Group()])
    {
        GroupOption = MeetingOptions.GroupOption,
        AccessAction = "check in",
        ReadOnly = true,
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var form = await recorder.FormAsync(context.Group, context.Invoker, cancellationToken).ConfigureAwait(false);
        return form.IsSuccess
            ? new Reply { Text = $"Check in for {context.Group.Name}", Form = form.Value, Ephemeral = true }
            : Reply.Error(form.Error.Message);
    }
}
