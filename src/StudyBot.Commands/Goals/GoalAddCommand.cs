using StudyBot.Application.Goals;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Goals;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Goals;

/// <summary><c>/goal add</c>: a personal goal, or one for the whole group.</summary>
public sealed class GoalAddCommand(GoalTracker goals) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "goal add",
        "Add a goal: yours, or the group's, with an optional target and due date",
        "goal add title:\"Read SICP\" target:\"12 chapters\" due:2027-06-30",
        CommandAccess.GroupMember,
        [
            OptionDefinition.RequiredText("title", "What the goal is", GoalLimits.TitleMaxLength),
            new("target", OptionType.String, "Something to count, e.g. 12 chapters or 80%") { MaxLength = 40 },
            new("due", OptionType.String, "When it is due, e.g. 2027-06-30 or fri") { MaxLength = 40 },
            new("scope", OptionType.String, "Yours alone (personal, the default) or the whole group's") { Choices = ["personal", "group"] },
            GoalTexts.Group(),
        ])
    {
        GroupOption = GoalTexts.Group().Name,
        AccessAction = "add goals",
        RepliesFor = options => options.GetValueOrDefault("scope") as string == "group" ? ReplyVisibility.Public : ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var forGroup = context.GetString("scope") == "group";
        var added = await goals.AddAsync(context.Group, context.Invoker, forGroup, context.RequireString("title"), context.GetString("target"), context.GetString("due"), cancellationToken).ConfigureAwait(false);
        if (!added.IsSuccess)
        {
            return Reply.Error(added.Error.Message);
        }

        var goal = added.Value!;
        var next = $"Record progress with `/goal progress goal:#{goal.Id} amount:1`, or in your check-ins.";
        return forGroup
            ? Reply.Public($"New group goal for **{context.Group.Name}**: {GoalTexts.Line(goal, context.Group)}. Anyone in the group can move it. {next}")
            : Reply.Private($"Added your goal {GoalTexts.Line(goal, context.Group)}. Only you and {context.Group.Name}'s organizers see it. {next}");
    }
}
