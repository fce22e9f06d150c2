using StudyBot.Application.Goals;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Goals;

/// <summary><c>/goal done</c>: marks a goal done, target or not.</summary>
public sealed class GoalDoneCommand(GoalTracker goals) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "goal done",
        "Mark a goal done",
        "goal done goal:#3",
        CommandAccess.GroupMember,
        [GoalTexts.GoalOption(), GoalTexts.Group()])
    {
        GroupOption = GoalTexts.Group().Name,
        AccessAction = "finish goals",
        // Personal goals are the common case; a group goal's public news then arrives after a private placeholder.
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var done = await goals.DoneAsync(context.Group, context.Invoker, context.RequireString("goal"), cancellationToken).ConfigureAwait(false);
        return !done.IsSuccess ? Reply.Error(done.Error.Message)
            : done.Value!.IsGroupGoal ? Reply.Public($"🎉 Group goal done: {GoalTexts.Line(done.Value, context.Group)}")
            : Reply.Private($"🎉 Done: {GoalTexts.Line(done.Value, context.Group)}");
    }
}
