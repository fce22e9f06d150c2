using StudyBot.Application.Checkins;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Meetings;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Checkins;

/// <summary><c>/checkin resume</c>: prompts again.</summary>
public sealed class CheckinResumeCommand(CheckinSettings settings) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "checkin resume",
        "Resume check-in prompts paused with /checkin pause",
        "checkin resume",
        CommandAccess.GroupMember,
        CheckinPauseOptions.Options)
    {
        GroupOption = MeetingOptions.GroupOption,
        AccessAction = "resume check-ins",
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var resumed = await settings.ResumeAsync(context.Group, context.Invoker, context.GetUser("member")?.Id, context.GetBoolean("all") ?? false, cancellationToken).ConfigureAwait(false);
        return resumed.IsSuccess ? Reply.Private(resumed.Value!) : Reply.Error(resumed.Error.Message);
    }
}
