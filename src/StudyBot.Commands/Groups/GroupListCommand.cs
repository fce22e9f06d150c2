using StudyBot.Application.Groups;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Groups;

/// <summary><c>/group list</c>: the workspace's groups with member counts.</summary>
public sealed class GroupListCommand(GroupMembership groups) : ICommandHandler
{
    /// <summary>More than this is cut, with a note, to stay inside message limits.</summary>
    private const int MaxShown = 50;

    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "group list",
        "List the study groups of this workspace",
        "group list",
        CommandAccess.Anyone,
        [])
    {
        ReadOnly = true,
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rows = await groups.ListAsync(context.Workspace, MaxShown + 1, cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return Reply.Private("No study groups here yet. Start one with `/group create name:\"Algo Club\" timezone:Europe/Berlin`.");
        }

        var lines = rows.Take(MaxShown).Select(r =>
            $"• **{r.Name}**: {r.Members} member{(r.Members == 1 ? string.Empty : "s")}, {r.TimeZoneId}, {RichText.Channel(r.HomeChannelId, r.HomeChannelId)}");
        var more = rows.Count > MaxShown ? $"\n…and more; name one with `/group info name:\"...\"`." : string.Empty;
        return Reply.Private("Study groups:\n" + string.Join('\n', lines) + more);
    }
}
