using StudyBot.Application.Roles;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Away;

/// <summary><c>/away clear</c>: the invoker is back; their away periods that are not over end.</summary>
public sealed class AwayClearCommand(AwayPeriods away) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "away clear",
        "End your away periods (or the one on a given day)",
        "away clear",
        CommandAccess.Anyone,
        [new("from", OptionType.String, "Only the period on this day (default: all that are not over)") { MaxLength = 40 }])
    {
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cleared = await away.ClearAsync(context.Workspace, context.Invoker.UserId, context.GetString("from"), cancellationToken).ConfigureAwait(false);
        return cleared.IsSuccess
            ? Reply.Private($"Welcome back: cleared {string.Join(", ", cleared.Value!.Select(AwayPeriods.Span))}. Rotations count you in again from their next forecast.")
            : Reply.Error(cleared.Error.Message);
    }
}
