using StudyBot.Application.Mentors;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Meetings;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Mentors;

/// <summary><c>/mentor ask</c>: a question to the invoker's mentor, who answers with Reply.</summary>
public sealed class MentorAskCommand(MentorConversation conversation) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "mentor ask",
        "Ask your mentor for help; they get it by DM and answer with Reply",
        "mentor ask question:\"How do I start exercise 3.2?\"",
        CommandAccess.GroupMember,
        [
            OptionDefinition.RequiredText("question", "What you need help with", MentorConversation.TextMaxLength),
            MeetingOptions.Group(),
        ])
    {
        GroupOption = MeetingOptions.Group().Name,
        AccessAction = "ask its mentors",
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var asked = await conversation.AskAsync(context.Group, context.Invoker, context.RequireString("question"), cancellationToken).ConfigureAwait(false);
        return asked.IsSuccess
            ? Reply.Private($"Sent to {asked.Value!.MentorName}; their answer comes to you by DM.")
            : Reply.Error(asked.Error.Message);
    }
}
