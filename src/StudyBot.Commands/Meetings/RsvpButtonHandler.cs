using StudyBot.Application;
using System.Globalization;
using StudyBot.Application.Meetings;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Meetings;

/// <summary>The Going / Maybe / Can't buttons under a reminder: <c>rsvp:{series}:{occurrence}:{status}</c>.</summary>
public sealed class RsvpButtonHandler(MeetingRsvps rsvps) : IComponentHandler
{
    /// <inheritdoc />
    public static string Key => "rsvp";

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var args = invocation.Arguments;
        if (args.Count != 3
            || !long.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seriesId)
            || MeetingText.ParseKey(args[1]) is not { } original
            || MeetingRsvps.ParseStatus(args[2]) is not { } status)
        {
            return Reply.Error("This button is damaged. Use `/meeting rsvp` instead.");
        }

        return RsvpReplies.Render(await rsvps.AnswerAsync(seriesId, original, status, invocation.Invoker, cancellationToken).ConfigureAwait(false));
    }
}
