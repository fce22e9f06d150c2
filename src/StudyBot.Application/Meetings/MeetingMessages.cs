using NodaTime;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;

namespace StudyBot.Application.Meetings;

/// <summary>The messages StudyBot posts about meetings on its own: reminders and changes.</summary>
public static class MeetingMessages
{
    /// <summary>
    /// A reminder with the details and RSVP buttons; <paramref name="startsIn"/> is how far off the start is, and
    /// <paramref name="roles"/> who does which role (a line each), when the group has roles.
    /// </summary>
    public static Reply Reminder(MeetingSeries series, Group group, LocalDateTime occurrence, Instant start, Duration startsIn, IReadOnlyList<string>? roles = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(group);
        var zone = group.Zone();
        var fields = new List<ReplyField> { new("When", MeetingText.When(start, zone), Inline: true), new("Length", MeetingText.Offset(Duration.FromMinutes(series.DurationMinutes)), Inline: true) };
        if (series.Location is { } location)
        {
            fields.Add(new ReplyField("Where", location, Inline: true));
        }

        if (series.Agenda is { } agenda)
        {
            fields.Add(new ReplyField("Agenda", agenda));
        }

        if (roles is { Count: > 0 })
        {
            fields.Add(new ReplyField("Roles", string.Join("\n", roles)));
        }

        return new Reply
        {
            Text = $"Reminder: **{series.Title}** ({group.Name}) starts in {MeetingText.Offset(startsIn)}, at {MeetingText.When(start, zone)}.",
            Fields = fields,
            Buttons = RsvpButtons(series.Id, occurrence),
        };
    }

    /// <summary>Going / Maybe / Can't buttons for one occurrence.</summary>
    public static IReadOnlyList<ReplyButton> RsvpButtons(long seriesId, LocalDateTime occurrence)
    {
        var key = MeetingText.Key(occurrence);
        return
        [
            new("Going", $"rsvp:{seriesId}:{key}:going", ButtonStyle.Success),
            new("Maybe", $"rsvp:{seriesId}:{key}:maybe", ButtonStyle.Secondary),
            new("Can't", $"rsvp:{seriesId}:{key}:cant", ButtonStyle.Danger),
        ];
    }

    /// <summary>A reminder as a member who chose DMs gets it, saying how to have them in the channel again.</summary>
    public static Reply Direct(Reply reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return reminder with { Text = $"{reminder.Text}\n(You get this group's reminders by DM; `/meeting notify via:channel` brings them back to the channel.)" };
    }

    /// <summary>A member's direct messages as a destination.</summary>
    public static OutboundMessage ToMember(Workspace workspace, string userId, Reply content, string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return new OutboundMessage(workspace.Platform, workspace.ExternalId, null, userId, content, idempotencyKey);
    }

    /// <summary>The group's home channel as a destination.</summary>
    public static OutboundMessage ToGroup(Workspace workspace, Group group, Reply content, string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(group);
        return new OutboundMessage(workspace.Platform, workspace.ExternalId, group.HomeChannelId, null, content, idempotencyKey);
    }
}
