using StudyBot.Application.Resources;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;
using StudyBot.Core.Resources;

namespace StudyBot.Commands.Resources;

/// <summary><c>/resource list</c>: the group's resources, newest first, or those with one tag.</summary>
public sealed class ResourceListCommand(ResourceLibrary library) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "resource list",
        "List the group's shared links, newest first, or those with a tag",
        "resource list tag:sicp",
        CommandAccess.GroupMember,
        [
            OptionDefinition.OptionalText("tag", "Only those with this tag, e.g. sicp", ResourceLimits.TagMaxLength + 1),
            ResourceOptions.Group(),
        ])
    {
        GroupOption = ResourceOptions.Group().Name,
        AccessAction = "see its resources",
        ReadOnly = true,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tag = context.GetString("tag");
        var listed = await library.ListAsync(context.Group, tag, cancellationToken).ConfigureAwait(false);
        if (!listed.IsSuccess)
        {
            return Reply.Error(listed.Error.Message);
        }

        var group = context.Group;
        var tagged = tag is null ? string.Empty : $" tagged `{ResourceTags.Normalize(tag)}`";
        if (listed.Value!.Count == 0)
        {
            return Reply.Private(tag is null
                ? $"No resources in **{group.Name}** yet. Share one with `/{ResourceAddCommand.Definition.Example}`."
                : $"No resources{tagged} in **{group.Name}**. `/resource list` shows them all.");
        }

        return Reply.Private(ResourceListing.Render($"Resources{tagged} in **{group.Name}**", listed.Value, group));
    }
}
