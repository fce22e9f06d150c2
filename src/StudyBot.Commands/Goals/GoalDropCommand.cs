using StudyBot.Application.Goals;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Goals;

/// <summary><c>/goal drop</c>: gives a goal up; its history stays.</summary>
public sealed class GoalDropCommand(GoalTracker goals) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "goal drop",
        "Drop a goal you no longer work on (its history stays)",
        "goal drop goal:#3",
        CommandAccess.GroupMember,
        [GoalTexts.GoalOption(), GoalTexts.Group()])
    {
        GroupOption = GoalTexts.Group().Name,
        AccessAction = "drop goals",
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var dropped = await goals.DropAsync(context.Group, context.Invoker, context.RequireString("goal"), cancellationToken).ConfigureAwait(false);
        return dropped.IsSuccess
            ? Reply.Private($"Dropped #{dropped.Value!.Id} \"{dropped.Value.Title}\". `/goal list all:true` still shows it.")
            : Reply.Error(dropped.Error.Message);
    }
}
