using StudyBot.Application.Resources;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;
using StudyBot.Core.Resources;

namespace StudyBot.Commands.Resources;

/// <summary><c>/resource add</c>: shares a link with the group, announced in the channel.</summary>
public sealed class ResourceAddCommand(ResourceLibrary library) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "resource add",
        "Share a link with the group: a title, tags to find it by, and a note",
        "resource add url:https://mitpress.mit.edu/sicp title:\"SICP\" tags:\"sicp, lisp\"",
        CommandAccess.GroupMember,
        [
            OptionDefinition.RequiredText("url", "The link, starting with https:// or http://", ResourceLimits.UrlMaxLength),
            OptionDefinition.RequiredText("title", "What it is, as lists show it", ResourceLimits.TitleMaxLength),
            OptionDefinition.OptionalText("tags", $"Up to {ResourceLimits.MaxTags} tags to find it by, separated by commas, e.g. sicp, lisp", ResourceLimits.TagsTextMaxLength),
            OptionDefinition.OptionalText("note", "Why it is worth reading, in a line", ResourceLimits.NoteMaxLength),
            ResourceOptions.Group(),
        ])
    {
        GroupOption = ResourceOptions.Group().Name,
        AccessAction = "share resources",
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var added = await library.AddAsync(context.Group, context.Invoker, context.RequireString("url"), context.RequireString("title"), context.GetString("tags"), context.GetString("note"), cancellationToken).ConfigureAwait(false);
        if (!added.IsSuccess)
        {
            return Reply.Error(added.Error.Message);
        }

        var resource = added.Value!;
        var note = resource.Note is { } text ? "\n" + text : string.Empty;
        return Reply.Public($"{RichText.User(context.Invoker.UserId, context.Invoker.DisplayName)} shared {RichText.Link(resource.Url, resource.Title)}{ResourceTexts.Tags(resource)} with **{context.Group.Name}** (#{resource.Id}).{note}");
    }
}
