using StudyBot.Application.Meetings;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Groups;
using StudyBot.Core.Messaging;
using StudyBot.Core.Results;

namespace StudyBot.Commands.Meetings;

/// <summary><c>/meeting notify</c>: a member takes the group's meeting reminders in the channel or by DM; without <c>via:</c>, says which.</summary>
public sealed class MeetingNotifyCommand(MeetingReminderPreferences preferences) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "meeting notify",
        "Get meeting reminders in the channel or by DM (without via: shows your choice)",
        "meeting notify via:dm",
        CommandAccess.GroupMember,
        [
            new("via", OptionType.String, "channel (mentioned when you are coming) or dm") { Choices = MeetingReminderPreferences.Choices },
            MeetingOptions.Group(),
        ])
    {
        GroupOption = MeetingOptions.GroupOption,
        AccessAction = "choose how you get its reminders",
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.Group;
        if (MeetingReminderPreferences.Parse(context.GetString("via")) is not { } via)
        {
            return Render(MeetingReminderPreferences.Current(group, context.Invoker), group, changed: false);
        }

        return Render(await preferences.ChooseAsync(group, context.Invoker, via, cancellationToken).ConfigureAwait(false), group, changed: true);
    }

    private static Reply Render(Result<ReminderDelivery> choice, Group group, bool changed)
    {
        if (!choice.IsSuccess)
        {
            return Reply.Error(choice.Error.Message);
        }

        var how = choice.Value == ReminderDelivery.DirectMessage
            ? "by DM, with the RSVP buttons; the channel's reminders do not mention you"
            : "in the group's channel, mentioning you when you said Going or Maybe";
        var other = choice.Value == ReminderDelivery.DirectMessage ? "channel" : "dm";
        return Reply.Private(changed
            ? $"From now on you get **{group.Name}**'s meeting reminders {how}."
            : $"You get **{group.Name}**'s meeting reminders {how}. Change it with `/meeting notify via:{other}`.");
    }
}
