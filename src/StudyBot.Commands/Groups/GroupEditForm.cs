using StudyBot.Application;
using System.Globalization;
using StudyBot.Application.Groups;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Groups;

/// <summary>The submitted <c>/group edit</c> form: <c>group-edit:{group}</c> with a description and a charter.</summary>
public sealed class GroupEditForm(GroupFinder groups, GroupSettings settings) : IComponentHandler
{
    /// <summary>The description input.</summary>
    public const string DescriptionField = "description";

    /// <summary>The charter input.</summary>
    public const string CharterField = "charter";

    /// <inheritdoc />
    public static string Key => "group-edit";

    /// <summary>The group hears that its description or charter changed.</summary>
    public static ReplyVisibility Replies => ReplyVisibility.Public;

    /// <summary>The form id for a group.</summary>
    public static string FormId(long groupId) => string.Create(CultureInfo.InvariantCulture, $"{Key}:{groupId}");

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.Arguments is not [var id] || !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var groupId))
        {
            return Reply.Error("This form is damaged. Run `/group edit` again.");
        }

        var group = await groups.FindAsync(groupId, cancellationToken).ConfigureAwait(false);
        if (group is null)
        {
            return Reply.Error("That group no longer exists.");
        }

        // The form may have been opened long ago, or by someone who has since stopped being an organizer.
        if (!Permissions.IsOrganizer(group, invocation.Invoker))
        {
            return Reply.Error(Permissions.OrganizerOnly(group, "change its settings"));
        }

        // An input left empty clears its text (platforms leave empty optional inputs out of the submission);
        // an input left as it was is no change, so the group is told only what really changed.
        var description = invocation.FormValues.GetValueOrDefault(DescriptionField, string.Empty);
        var charter = invocation.FormValues.GetValueOrDefault(CharterField, string.Empty);
        var changes = new GroupChanges(
            Description: description == (group.Description ?? string.Empty) ? null : description,
            Charter: charter == (group.Charter ?? string.Empty) ? null : charter);
        if (changes.IsEmpty)
        {
            return Reply.Private($"Nothing changed: {group.Name}'s description and charter are as they were.");
        }

        var changed = await settings.ChangeAsync(group, invocation.Workspace.Platform, changes, cancellationToken).ConfigureAwait(false);
        return changed.IsSuccess ? GroupSettingsCommand.Render(changed.Value!) : Reply.Error(changed.Error.Message);
    }
}
