using System.Globalization;
using StudyBot.Application.Mentors;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Mentors;

/// <summary>The Reply button under a mentor's weekly check-in or a question (<c>mentor-reply:{pairing}:{about}</c>): opens the answer form.</summary>
public sealed class MentorReplyButtonHandler(MentorConversation conversation) : IComponentHandler
{
    /// <inheritdoc />
    public static string Key => MentorMessages.ReplyAction;

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (!MentorComponents.TryRead(invocation, out var mentorshipId, out var about))
        {
            return Reply.Error("This button is damaged. Ask your mentee to write again with `/mentor ask`.");
        }

        var form = await conversation.FormAsync(mentorshipId, about, invocation.Invoker, cancellationToken).ConfigureAwait(false);
        return form.IsSuccess
            ? new Reply { Text = form.Value!.Title, Form = form.Value, Ephemeral = true }
            : Reply.Error(form.Error.Message);
    }
}

/// <summary>Reads the <c>{pairing}:{about}</c> arguments the mentor buttons and forms carry.</summary>
internal static class MentorComponents
{
    public static bool TryRead(ComponentInvocation invocation, out long mentorshipId, out string about)
    {
        var args = invocation.Arguments;
        about = args.Count == 2 ? args[1] : string.Empty;
        mentorshipId = 0;
        return args.Count == 2 && about.Length is > 0 and <= 10 && long.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out mentorshipId);
    }
}
