using StudyBot.Application.Resources;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;
using StudyBot.Core.Resources;

namespace StudyBot.Commands.Resources;

/// <summary><c>/resource search</c>: the group's resources holding every word, title matches first.</summary>
public sealed class ResourceSearchCommand(ResourceLibrary library) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "resource search",
        "Find shared links by words in their title, note, tags or address",
        "resource search query:\"lisp interpreter\"",
        CommandAccess.GroupMember,
        [
            OptionDefinition.RequiredText("query", "Words that must all appear, e.g. lisp interpreter", ResourceLimits.QueryMaxLength),
            ResourceOptions.Group(),
        ])
    {
        GroupOption = ResourceOptions.Group().Name,
        AccessAction = "search its resources",
        ReadOnly = true,
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = context.RequireString("query");
        var group = context.Group;
        var asked = $"“{string.Join(' ', ResourceSearch.Words(query))}”";
        var found = await library.SearchAsync(group, query, cancellationToken).ConfigureAwait(false);
        return ResourceListing.Answer(
            found,
            group,
            $"Resources in **{group.Name}** matching {asked}",
            $"Nothing in **{group.Name}** matches {asked}: every word must appear in a title, note, tag or link. Try fewer words, or `/resource list`.");
    }
}
