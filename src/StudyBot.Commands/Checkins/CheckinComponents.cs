using System.Globalization;
using StudyBot.Application.Groups;
using StudyBot.Commands.Routing;
using StudyBot.Core.Groups;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Checkins;

/// <summary>What the check-in button and form share: both name their group by id in the action.</summary>
internal static class CheckinComponents
{
    /// <summary>The group the action names, or the error to answer with.</summary>
    public static async Task<(Group? Group, Reply? Error)> GroupAsync(ComponentInvocation invocation, GroupFinder groups, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.Arguments is not [var id] || !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var groupId))
        {
            return (null, Reply.Error("This check-in is damaged. Check in with `/checkin now` instead."));
        }

        var group = await groups.FindAsync(groupId, cancellationToken).ConfigureAwait(false);
        return group is null ? (null, Reply.Error("That group no longer exists.")) : (group, null);
    }
}
