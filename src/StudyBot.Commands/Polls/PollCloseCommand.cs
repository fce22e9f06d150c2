using StudyBot.Application.Polls;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Polls;

/// <summary><c>/poll close</c>: closes a poll early (its asker or an organizer); <c>pick:</c> settles a tie (organizers).</summary>
public sealed class PollCloseCommand(PollClosing closing) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "poll close",
        "Close a poll now and announce the result; organizers settle a tie with pick:",
        "poll close poll:#3 pick:2",
        CommandAccess.GroupMember,
        [
            PollTexts.PollOption(),
            new("pick", OptionType.String, "Organizers: the option's number that wins a tie") { MaxLength = 3 },
            PollTexts.Group(),
        ])
    {
        GroupOption = PollTexts.Group().Name,
        AccessAction = "close its polls",
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var closed = await closing.CloseAsync(context.Group, context.Invoker, context.GetString("poll"), context.GetString("pick"), cancellationToken).ConfigureAwait(false);
        return closed.IsSuccess
            ? Reply.Private($"Poll #{closed.Value!.Id} is closed; the result is announced in {context.Group.Name}'s channel.{(closed.Value.Tied ? $" It is a tie: settle it with `/poll close poll:{closed.Value.Id} pick:<number>`." : string.Empty)}")
            : Reply.Error(closed.Error.Message);
    }
}
