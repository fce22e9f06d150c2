using StudyBot.Application.Goals;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Goals;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Goals;

/// <summary><c>/goal progress</c>: adds progress to a goal, with a note.</summary>
public sealed class GoalProgressCommand(GoalTracker goals) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "goal progress",
        "Record progress on a goal: how much you did, and a note",
        "goal progress goal:#3 amount:2 note:\"Chapters 4 and 5\"",
        CommandAccess.GroupMember,
        [
            GoalTexts.GoalOption(),
            new("amount", OptionType.String, "How much you did now, e.g. 2 or 10%") { Required = true, MaxLength = 20 },
            OptionDefinition.OptionalText("note", "What you did, in a line", GoalLimits.NoteMaxLength),
            GoalTexts.Group(),
        ])
    {
        GroupOption = GoalTexts.Group().Name,
        AccessAction = "record progress",
        // Personal goals are the common case; a group goal's public news then arrives after a private placeholder.
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var moved = await goals.ProgressAsync(context.Group, context.Invoker, context.RequireString("goal"), context.RequireString("amount"), context.GetString("note"), cancellationToken).ConfigureAwait(false);
        if (!moved.IsSuccess)
        {
            return Reply.Error(moved.Error.Message);
        }

        var goal = moved.Value!;
        var line = GoalTexts.Line(goal, context.Group);
        if (goal.DoneAt is not null)
        {
            return goal.IsGroupGoal
                ? Reply.Public($"🎉 {RichText.User(context.Invoker.UserId, context.Invoker.DisplayName)} finished a group goal: {line}")
                : Reply.Private($"🎉 Goal reached: {line}");
        }

        return goal.IsGroupGoal ? Reply.Public($"{RichText.User(context.Invoker.UserId, context.Invoker.DisplayName)} moved {line}") : Reply.Private($"Noted: {line}");
    }
}
