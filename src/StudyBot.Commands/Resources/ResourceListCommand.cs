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
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tag = context.GetString("tag");
        var group = context.Group;
        var tagged = tag is null ? string.Empty : $" tagged `{ResourceTags.Normalize(tag)}`";
        var none = tag is null
            ? $"No resources in **{group.Name}** yet. Share one with `/{ResourceAddCommand.Definition.Example}`."
            : $"No resources{tagged} in **{group.Name}**. `/resource list` shows them all.";
        var listed = await library.ListAsync(group, tag, cancellationToken).ConfigureAwait(false);
        return ResourceListing.Answer(listed, group, $"Resources{tagged} in **{group.Name}**", none);
    }
}
