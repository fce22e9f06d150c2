using System.Globalization;
using StudyBot.Application.Groups;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Commands.Groups;

/// <summary>
/// The button under a zone change's preview, <c>group-zone:{group}:{zone}</c>: an organizer goes ahead, and the
/// group moves to the zone with its meetings replanned, as <c>/group settings timezone: confirm:true</c> does.
/// </summary>
public sealed class ZoneConfirmButtonHandler(StudyBotDbContext db, GroupFinder groups, GroupSettings settings) : IComponentHandler
{
    /// <inheritdoc />
    public static string Key => "group-zone";

    /// <summary>The group hears that its zone changed.</summary>
    public static ReplyVisibility Replies => ReplyVisibility.Public;

    /// <summary>The button's action id for <paramref name="preview"/> (IANA ids hold no colon).</summary>
    public static string ActionId(ZoneChangePreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        return string.Create(CultureInfo.InvariantCulture, $"{Key}:{preview.GroupId}:{preview.To}");
    }

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var args = invocation.Arguments;
        if (args.Count != 2 || !long.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var groupId))
        {
            return Reply.Error("This button is damaged. Use `/group settings timezone:... confirm:true` instead.");
        }

        var group = await groups.FindAsync(groupId, cancellationToken).ConfigureAwait(false);
        if (group is null)
        {
            return Reply.Error("That group no longer exists.");
        }

        if (!Permissions.IsOrganizer(group, invocation.Invoker))
        {
            return Reply.Error(Permissions.OrganizerOnly(group, "change its settings"));
        }

        var workspace = await db.Workspaces.FindAsync([group.WorkspaceId], cancellationToken).ConfigureAwait(false);
        var changed = await settings.ChangeAsync(group, workspace!.Platform, new GroupChanges(TimeZone: args[1], ConfirmZone: true), cancellationToken).ConfigureAwait(false);
        return changed.IsSuccess ? GroupSettingsCommand.Render(changed.Value!) : Reply.Error(changed.Error.Message);
    }
}
