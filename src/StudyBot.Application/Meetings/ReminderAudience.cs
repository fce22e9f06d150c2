using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;

namespace StudyBot.Application.Meetings;

/// <summary>
/// Whom a meeting's reminder reaches besides the channel: the members it mentions there (they said Going or Maybe and
/// take reminders in the channel) and those who get it as a direct message instead (they chose DM and did not say
/// Can't). Nobody else is pinged: members who said Can't or did not answer read the channel's reminder unmentioned.
/// </summary>
/// <param name="Going">Members who said Going, to mention in the channel, in answer order.</param>
/// <param name="Maybe">Members who said Maybe, to mention in the channel, in answer order.</param>
/// <param name="Direct">Members who get the reminder by DM.</param>
public sealed record ReminderAudience(IReadOnlyList<GroupMember> Going, IReadOnlyList<GroupMember> Maybe, IReadOnlyList<GroupMember> Direct)
{
    /// <summary>The audience in <paramref name="group"/> (members loaded) given the occurrence's <paramref name="answers"/>.</summary>
    public static ReminderAudience Of(Group group, IReadOnlyCollection<Rsvp> answers)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(answers);
        var cant = answers.Where(a => a.Status == RsvpStatus.Cant).Select(a => a.UserId).ToHashSet(StringComparer.Ordinal);
        var direct = group.Members.Where(m => m.MeetingReminders == ReminderDelivery.DirectMessage && !cant.Contains(m.UserId)).ToList();
        return new ReminderAudience(InChannel(group, answers, RsvpStatus.Going), InChannel(group, answers, RsvpStatus.Maybe), direct);
    }

    /// <summary>The channel's reminder with a line mentioning who said Going or Maybe; only they may be pinged by it.</summary>
    public Reply MentionIn(Reply reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var lines = new[] { ("Going", Going), ("Maybe", Maybe) }
            .Where(l => l.Item2.Count > 0)
            .Select(l => $"{l.Item1}: {string.Join(", ", l.Item2.Select(m => RichText.User(m.UserId, m.DisplayName)))}")
            .ToList();
        return lines.Count == 0
            ? reminder
            : reminder with { Text = $"{reminder.Text}\n{string.Join(" · ", lines)}", MentionUserIds = Going.Concat(Maybe).Select(m => m.UserId).ToList() };
    }

    // Current members only (someone who left keeps their answer but is not pinged), and not those who take reminders by DM.
    private static List<GroupMember> InChannel(Group group, IEnumerable<Rsvp> answers, RsvpStatus status) =>
        answers.Where(a => a.Status == status).OrderBy(a => a.AnsweredAt)
            .Select(a => group.FindMember(a.UserId))
            .OfType<GroupMember>()
            .Where(m => m.MeetingReminders == ReminderDelivery.Channel)
            .ToList();
}
