using System.Globalization;
using StudyBot.Application.Meetings;
using StudyBot.Commands.Meetings;
using StudyBot.Commands.Routing;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Roles;

/// <summary>
/// The "I can't" button under a role announcement, <c>role-cant:{series}:{occurrence}</c>: the member can't
/// come after all, so it is their RSVP, and their roles pass to the next in line.
/// </summary>
public sealed class RoleCantButtonHandler(MeetingRsvps rsvps) : IComponentHandler
{
    /// <inheritdoc />
    public static string Key => "role-cant";

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var args = invocation.Arguments;
        if (args.Count != 2
            || !long.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seriesId)
            || MeetingText.ParseKey(args[1]) is not { } original)
        {
            return Reply.Error("This button is damaged. Use `/meeting rsvp status:cant` instead.");
        }

        return RsvpReplies.Render(await rsvps.AnswerAsync(seriesId, original, RsvpStatus.Cant, invocation.Invoker, cancellationToken).ConfigureAwait(false));
    }
}
