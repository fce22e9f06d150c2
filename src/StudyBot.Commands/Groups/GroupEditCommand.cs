using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Groups;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Groups;

/// <summary>
/// <c>/group edit</c>: opens the group's description and charter in a form, where several lines are easy to
/// write (a slash command option is one line); <see cref="GroupEditForm"/> stores what is submitted.
/// </summary>
public sealed class GroupEditCommand : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "group edit",
        "Edit a group's description and charter in a form",
        "group edit name:\"Algo Club\"",
        CommandAccess.GroupOrganizer,
        [GroupOptions.ExistingName(required: false)])
    {
        GroupOption = GroupOptions.NameOption,
        AccessAction = "change its settings",
        ReadOnly = true,
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.Group;
        var form = new FormRequest(
            GroupEditForm.FormId(group.Id),
            $"Edit {group.Name}",
            [
                new FormField(GroupEditForm.DescriptionField, "What the group is about", MultiLine: true, Required: false, MaxLength: GroupLimits.DescriptionMaxLength, Placeholder: "Weekly algorithms practice for the ICPC", Value: group.Description),
                new FormField(GroupEditForm.CharterField, "What members can expect of each other", MultiLine: true, Required: false, MaxLength: GroupLimits.CharterMaxLength, Placeholder: "Come prepared; say so by Monday if you can't make it", Value: group.Charter),
            ]);
        return Task.FromResult(new Reply { Text = $"Edit {group.Name}", Ephemeral = true, Form = form });
    }
}
