using StudyBot.Application.Calendar;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Meetings;

/// <summary>
/// <c>/meeting subscribe</c>: a private calendar link (shown only to the invoker) that calendar apps poll, so
/// skips, moves and new meetings show up by themselves; <c>revoke:true</c> ends it.
/// </summary>
public sealed class MeetingSubscribeCommand(CalendarFeeds feeds) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "meeting subscribe",
        "Get a private calendar link that keeps itself up to date (revoke:true ends it)",
        "meeting subscribe group:\"Algo Club\"",
        CommandAccess.GroupMember,
        [
            MeetingOptions.Group(),
            new("revoke", OptionType.Boolean, "End your calendar link for this group (default: false)"),
        ])
    {
        GroupOption = MeetingOptions.GroupOption,
        AccessAction = "subscribe to its meetings",
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.Group;
        if (context.GetBoolean("revoke") == true)
        {
            var revoked = await feeds.RevokeAsync(group, context.Invoker, cancellationToken).ConfigureAwait(false);
            return new Reply
            {
                Text = revoked
                    ? $"Your calendar link for {group.Name} no longer works. Remove the subscription from your calendar app too."
                    : $"You have no calendar link for {group.Name}. Get one with `/meeting subscribe group:\"{group.Name}\"`.",
                Ephemeral = true,
            };
        }

        var link = await feeds.SubscribeAsync(group, context.Invoker, cancellationToken).ConfigureAwait(false);
        if (!link.IsSuccess)
        {
            return Reply.Error(link.Error.Message);
        }

        var (url, replaced) = link.Value!;
        return new Reply
        {
            Text = $"Your private calendar link for {group.Name}'s meetings:\n{url}\n"
                + "Add it as a subscription (Google Calendar: Other calendars > From URL; Apple Calendar: File > New Calendar Subscription; "
                + "Outlook: Add calendar > Subscribe from web). Skips, moves and new meetings then show up by themselves.\n"
                + $"Keep it to yourself: anyone with it sees the group's meetings. `/meeting subscribe group:\"{group.Name}\" revoke:true` ends it."
                + (replaced ? "\nYour previous link no longer works." : string.Empty),
            Ephemeral = true,
        };
    }
}
