using StudyBot.Application.Checkins;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Meetings;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Checkins;

/// <summary><c>/checkin pause</c>: no prompts for a while, for the invoker, a member or the whole group.</summary>
public sealed class CheckinPauseCommand(CheckinSettings settings) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "checkin pause",
        "Pause check-in prompts: yours, a member's or (all:true) the group's",
        "checkin pause",
        CommandAccess.GroupMember,
        CheckinPauseOptions.Options)
    {
        GroupOption = MeetingOptions.GroupOption,
        AccessAction = "pause check-ins",
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var paused = await settings.PauseAsync(context.Group, context.Invoker, context.GetUser("member")?.Id, context.GetBoolean("all") ?? false, cancellationToken).ConfigureAwait(false);
        return paused.IsSuccess ? Reply.Private(paused.Value!) : Reply.Error(paused.Error.Message);
    }
}
