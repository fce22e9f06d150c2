using StudyBot.Application.Roles;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Meetings;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Away;

/// <summary><c>/away list</c>: who in the group is away, when.</summary>
public sealed class AwayListCommand(AwayPeriods away) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "away list",
        "Show who in a group is away, and when",
        "away list group:\"Algo Club\"",
        CommandAccess.Anyone,
        [MeetingOptions.Group()])
    {
        GroupOption = MeetingOptions.GroupOption,
        ReadOnly = true,
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.Group;
        var periods = await away.ListAsync(group, cancellationToken).ConfigureAwait(false);
        if (periods.Count == 0)
        {
            return Reply.Private($"Nobody in {group.Name} is away or has an away period coming up.");
        }

        var name = RoleMessages.Names(group);
        var lines = periods.Select(p => $"• {name(p.UserId)}: {AwayPeriods.Span(p)}{(p.Note is null ? string.Empty : $" ({p.Note})")}");
        return Reply.Private($"Away in **{group.Name}**:\n{string.Join("\n", lines)}");
    }
}
