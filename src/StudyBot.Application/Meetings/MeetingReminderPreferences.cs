using StudyBot.Application.Groups;
using StudyBot.Core.Groups;
using StudyBot.Core.Results;
using StudyBot.Persistence;

namespace StudyBot.Application.Meetings;

/// <summary>Where each member gets a group's meeting reminders: in the channel (mentioned if coming) or by DM.</summary>
public sealed class MeetingReminderPreferences(StudyBotDbContext db)
{
    /// <summary>The words for each choice, as the command offers them.</summary>
    public static IReadOnlyList<string> Choices { get; } = ["channel", "dm"];

    /// <summary>Reads a choice; null when it is not one.</summary>
    public static ReminderDelivery? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "channel" => ReminderDelivery.Channel,
        "dm" => ReminderDelivery.DirectMessage,
        _ => null,
    };

    /// <summary>The invoker's current choice in <paramref name="group"/>.</summary>
    public static Result<ReminderDelivery> Current(Group group, Invoker invoker)
    {
        var member = MemberOf(group, invoker);
        return member.IsSuccess ? member.Value!.MeetingReminders : member.Error;
    }

    /// <summary>Stores the invoker's choice in <paramref name="group"/>; it applies from the next reminder.</summary>
    public async Task<Result<ReminderDelivery>> ChooseAsync(Group group, Invoker invoker, ReminderDelivery delivery, CancellationToken cancellationToken)
    {
        var member = MemberOf(group, invoker);
        if (!member.IsSuccess)
        {
            return member.Error;
        }

        member.Value!.ChooseMeetingReminders(delivery);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return delivery;
    }

    private static Result<GroupMember> MemberOf(Group group, Invoker invoker)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        return group.FindMember(invoker.UserId) is { } member
            ? member
            : new UserError(Permissions.MembersOnly(group, "choose how you get its reminders"));
    }
}
