using NodaTime;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;

namespace StudyBot.Application.Meetings;

/// <summary>
/// What the meeting card says: one occurrence with its details, who said Going, Maybe and Can't (names, never pings)
/// and, while it is still ahead, the RSVP buttons. Once the meeting began, or was skipped or cancelled, the card keeps
/// its list as a record but loses its buttons.
/// </summary>
public static class MeetingCard
{
    /// <summary>The card of the occurrence whose slot is <paramref name="original"/>, as things stand at <paramref name="now"/>.</summary>
    /// <param name="series">The series.</param>
    /// <param name="group">The series' group, with its members (their names are shown).</param>
    /// <param name="original">The occurrence's slot by the rule.</param>
    /// <param name="change">The occurrence's skip, cancellation or move, if any.</param>
    /// <param name="rsvps">The answers for this occurrence.</param>
    /// <param name="now">The moment the card shows.</param>
    public static Reply For(MeetingSeries series, Group group, LocalDateTime original, OccurrenceChange? change, IReadOnlyList<Rsvp> rsvps, Instant now)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(rsvps);
        var zone = group.Zone();
        var start = Occurrences.Resolve(change?.NewStart ?? original, zone);
        var when = MeetingText.When(start, zone);
        var title = $"**{series.Title}** ({group.Name})";
        var closed = series.CancelledAt is not null ? $"{title} is cancelled."
            : change?.Kind == OccurrenceChangeKind.Skipped ? $"{title} on {when} is skipped."
            : change?.Kind == OccurrenceChangeKind.Cancelled ? $"{title} on {when} is cancelled."
            : now >= start ? $"{title} began at {when}."
            : null;
        var moved = change?.NewStart is null ? string.Empty : $" (moved from {MeetingText.When(Occurrences.Resolve(original, zone), zone)})";
        var text = closed ?? $"{title}: {when}{moved}. Coming? Answer with the buttons or `/meeting rsvp`.";

        var fields = new List<ReplyField> { new("Length", MeetingText.Offset(Duration.FromMinutes(series.DurationMinutes)), Inline: true) };
        if (series.Location is { } location)
        {
            fields.Add(new ReplyField("Where", location, Inline: true));
        }

        fields.Add(Answers("Going", RsvpStatus.Going, group, rsvps));
        fields.Add(Answers("Maybe", RsvpStatus.Maybe, group, rsvps));
        fields.Add(Answers("Can't", RsvpStatus.Cant, group, rsvps));
        return new Reply { Text = text, Fields = fields, Buttons = closed is null ? MeetingMessages.RsvpButtons(series.Id, original) : [] };
    }

    // Names in the order people answered, as plain text: the card is edited at every answer, and a ping each time would be noise.
    private static ReplyField Answers(string label, RsvpStatus status, Group group, IReadOnlyList<Rsvp> rsvps)
    {
        var names = rsvps.Where(r => r.Status == status).OrderBy(r => r.AnsweredAt).Select(r => RichText.StripTokens(group.DisplayNameOf(r.UserId))).ToList();
        return new ReplyField($"{label} ({names.Count})", names.Count == 0 ? "—" : string.Join(", ", names), Inline: true);
    }
}
