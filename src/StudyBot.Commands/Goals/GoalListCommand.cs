using StudyBot.Application.Goals;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Goals;

/// <summary><c>/goal list</c>: the group's goals and the invoker's own (organizers may look at a member's).</summary>
public sealed class GoalListCommand(GoalTracker goals) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "goal list",
        "List the group's goals and yours, with progress",
        "goal list",
        CommandAccess.GroupMember,
        [
            new("member", OptionType.User, "Whose personal goals (organizers only; default: yours)"),
            new("all", OptionType.Boolean, "Include goals done or dropped (default: false)"),
            GoalTexts.Group(),
        ])
    {
        GroupOption = GoalTexts.Group().Name,
        AccessAction = "see its goals",
        ReadOnly = true,
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var member = context.GetUser("member");
        var listed = await goals.ListAsync(context.Group, context.Invoker, member?.Id, context.GetBoolean("all") ?? false, cancellationToken).ConfigureAwait(false);
        if (!listed.IsSuccess)
        {
            return Reply.Error(listed.Error.Message);
        }

        var group = context.Group;
        var shown = listed.Value!;
        if (shown.Count == 0)
        {
            return Reply.Private($"No open goals in **{group.Name}** yet{(member is null ? string.Empty : " for " + member.DisplayName)}. Add one with `/goal add title:\"Read SICP\" target:\"12 chapters\"`.");
        }

        var whose = member is null || member.Id == context.Invoker.UserId ? "yours" : member.DisplayName + "'s";
        return Reply.Private($"Goals in **{group.Name}** (the group's and {whose}):\n" + string.Join("\n", shown.Select(g => "• " + GoalTexts.Line(g, group))));
    }
}
