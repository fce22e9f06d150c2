using StudyBot.Application.Resources;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Resources;

/// <summary><c>/resource remove</c>: takes a link out of the group's list (whoever shared it, or an organizer).</summary>
public sealed class ResourceRemoveCommand(ResourceLibrary library) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "resource remove",
        "Remove a link you shared (organizers: any link)",
        "resource remove resource:#3",
        CommandAccess.GroupMember,
        [
            new("resource", OptionType.String, "The resource's #number (see /resource list)") { Required = true, MaxLength = 20 },
            ResourceOptions.Group(),
        ])
    {
        GroupOption = ResourceOptions.Group().Name,
        AccessAction = "remove resources",
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var removed = await library.RemoveAsync(context.Group, context.Invoker, context.RequireString("resource"), cancellationToken).ConfigureAwait(false);
        return removed.IsSuccess
            ? Reply.Private($"Removed #{removed.Value!.Id} “{removed.Value.Title}” from **{context.Group.Name}**.")
            : Reply.Error(removed.Error.Message);
    }
}
