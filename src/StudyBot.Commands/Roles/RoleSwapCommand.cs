using StudyBot.Application;
using StudyBot.Application.Roles;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Meetings;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Roles;

/// <summary><c>/role swap</c>: two members trade their roles at one meeting.</summary>
public sealed class RoleSwapCommand(RoleChanges changes) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "role swap",
        "Trade roles with another member at one meeting",
        "role swap with:@bob date:2027-03-23",
        CommandAccess.GroupMember,
        [
            new("with", OptionType.User, "The member to trade with") { Required = true },
            new("member", OptionType.User, "Organizers: whose role to trade (default: yours)"),
            MeetingOptions.Date(required: false, "Day of the meeting (default: the next one)"),
            MeetingOptions.Meeting(),
            MeetingOptions.Group(),
        ])
    {
        GroupOption = MeetingOptions.GroupOption,
        AccessAction = "swap roles",
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var first = context.GetUser("member") ?? new UserMention(context.Invoker.UserId, context.Invoker.DisplayName);
        var swapped = await changes.SwapAsync(context.Group, context.GetString("meeting"), context.GetString("date"), first, context.GetUser("with")!, context.Invoker, cancellationToken).ConfigureAwait(false);
        return swapped.IsSuccess ? Reply.Private(swapped.Value!) : Reply.Error(swapped.Error.Message);
    }
}
