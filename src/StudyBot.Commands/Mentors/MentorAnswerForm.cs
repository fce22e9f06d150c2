using StudyBot.Application.Mentors;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Mentors;

/// <summary>The submitted answer form (<c>mentor-answer:{pairing}:{about}</c>): the answer goes to the member by DM.</summary>
public sealed class MentorAnswerForm(MentorConversation conversation) : IComponentHandler
{
    /// <inheritdoc />
    public static string Key => MentorMessages.AnswerForm;

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (!MentorComponents.TryRead(invocation, out var mentorshipId, out var about))
        {
            return Reply.Error("This form is damaged. Press Reply under the message again.");
        }

        var answer = invocation.FormValues.GetValueOrDefault(MentorMessages.AnswerField);
        var answered = await conversation.AnswerAsync(mentorshipId, about, invocation.Invoker, answer, cancellationToken).ConfigureAwait(false);
        return answered.IsSuccess
            ? Reply.Private($"Sent your answer to {MentorMessages.MemberName(answered.Value!.Group, answered.Value.Mentorship)}.")
            : Reply.Error(answered.Error.Message);
    }
}
