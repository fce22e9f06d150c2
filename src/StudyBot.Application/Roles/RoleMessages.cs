using StudyBot.Application.Meetings;
using StudyBot.Core.Groups;
using StudyBot.Core.Messaging;
using StudyBot.Core.Roles;

namespace StudyBot.Application.Roles;

/// <summary>What StudyBot says about roles: the fixed rotation, hand-overs, swaps and assignments.</summary>
public static class RoleMessages
{
    /// <summary>The "I can't" button under an assignment: <c>role-cant:{series}:{occurrence}</c>.</summary>
    public static ReplyButton CantButton(MeetingRoles meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return new ReplyButton("I can't", $"role-cant:{meeting.Series.Id}:{MeetingText.Key(meeting.Occurrence.Original)}", ButtonStyle.Danger);
    }

    /// <summary>One line per role: <c>Facilitator: @alice</c>, or who is missing.</summary>
    public static IReadOnlyList<string> Lines(MeetingRoles meeting, Func<string, string> name)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(name);
        return meeting.Holders
            .Select(h => $"{h.Role.Name}: {(h.UserId is { } user ? name(user) : "nobody (not enough members free)")}")
            .ToList();
    }

    /// <summary>The rotation, announced in the group's channel when it is fixed.</summary>
    public static Reply Announcement(MeetingRoles meeting, Func<string, string> name)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var empty = meeting.Holders.Where(h => h.UserId is null).Select(h => h.Role.Name).ToList();
        var lines = new List<string> { $"Roles for **{meeting.Series.Title}** ({meeting.Group.Name}) on {When(meeting)}:" };
        lines.AddRange(Lines(meeting, name).Select(l => "• " + l));
        if (empty.Count > 0)
        {
            lines.Add($"Not enough members are free, so {string.Join(", ", empty)} stay{(empty.Count == 1 ? "s" : string.Empty)} empty.");
        }

        lines.Add("Can't make it? Press I can't and your role passes to the next in line; trade with `/role swap`.");
        return new Reply
        {
            Text = string.Join("\n", lines),
            Buttons = [CantButton(meeting)],
            MentionUserIds = meeting.Holders.Select(h => h.UserId).OfType<string>().Distinct().ToList(),
        };
    }

    /// <summary>A member's own notice of the roles they hold at a meeting.</summary>
    public static Reply YourRoles(MeetingRoles meeting, IReadOnlyList<MeetingRole> roles, string? why = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(roles);
        var described = roles.Select(r => r.Description is { } about ? $"**{r.Name}** ({about})" : $"**{r.Name}**");
        return new Reply
        {
            Text = $"You are {string.Join(" and ", described)} at **{meeting.Series.Title}** ({meeting.Group.Name}) on {When(meeting)}.{(why is null ? string.Empty : " " + why)} Can't make it? Press I can't and it passes to the next in line.",
            Buttons = [CantButton(meeting)],
        };
    }

    /// <summary>How members of <paramref name="group"/> are named in role messages: a mention token with their name.</summary>
    public static Func<string, string> Names(Group group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return userId => RichText.User(userId, group.DisplayNameOf(userId));
    }

    /// <summary>The meeting's start in the group's zone.</summary>
    public static string When(MeetingRoles meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return MeetingText.When(meeting.Occurrence.Start, meeting.Zone);
    }
}
