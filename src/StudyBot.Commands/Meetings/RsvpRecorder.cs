using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Commands.Routing;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Commands.Meetings;

/// <summary>Records a member's RSVP for one occurrence, from the command or a reminder's button.</summary>
public sealed class RsvpRecorder(StudyBotDbContext db, MeetingPlanner planner)
{
    /// <summary>Words people use for each answer.</summary>
    public static IReadOnlyList<string> Choices { get; } = ["going", "maybe", "cant"];

    /// <summary>Reads an answer.</summary>
    public static RsvpStatus? ParseStatus(string text) => text?.Trim().ToLowerInvariant() switch
    {
        "going" or "yes" => RsvpStatus.Going,
        "maybe" => RsvpStatus.Maybe,
        "cant" or "can't" or "no" => RsvpStatus.Cant,
        _ => null,
    };

    /// <summary>Stores the answer for the occurrence whose slot is <paramref name="original"/>, or explains why not.</summary>
    public async Task<Reply> RecordAsync(Group group, MeetingSeries series, LocalDateTime original, Invoker invoker, RsvpStatus status, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(invoker);
        if (group.FindMember(invoker.UserId) is null)
        {
            return Reply.Error($"Only members of {group.Name} can answer. Join with `/group join name:\"{group.Name}\"`.");
        }

        var zone = MeetingPlanner.ZoneOf(group);
        if (series.CancelledAt is not null)
        {
            return Reply.Error($"{series.Title} was cancelled, so there is nothing to answer.");
        }

        var (occurrence, change) = await planner.OnDateAsync(series, zone, original.Date, cancellationToken).ConfigureAwait(false);
        if (change is { Kind: OccurrenceChangeKind.Skipped or OccurrenceChangeKind.Cancelled } && change.OriginalStart == original)
        {
            return Reply.Error($"{series.Title} on {original.Date:ddd d MMM uuuu} is {(change.Kind == OccurrenceChangeKind.Skipped ? "skipped" : "cancelled")}, so there is nothing to answer.");
        }

        if (occurrence is null || occurrence.Original != original)
        {
            return Reply.Error($"{series.Title} does not meet on {original.Date:ddd d MMM uuuu}.");
        }

        if (occurrence.Start + Duration.FromMinutes(series.DurationMinutes) <= now)
        {
            return Reply.Error($"{series.Title} on {original.Date:ddd d MMM uuuu} is over; RSVPs are for meetings still ahead.");
        }

        var existing = await db.Rsvps.FirstOrDefaultAsync(r => r.SeriesId == series.Id && r.Occurrence == original && r.UserId == invoker.UserId, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            db.Rsvps.Add(new Rsvp(series.Id, original, invoker.UserId, status, now));
        }
        else
        {
            existing.Status = status;
            existing.AnsweredAt = now;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var answer = status switch
        {
            RsvpStatus.Going => "are going to",
            RsvpStatus.Maybe => "might come to",
            _ => "can't come to",
        };
        return Reply.Private($"Noted: you {answer} **{series.Title}** on {MeetingText.When(occurrence.Start, zone)}.");
    }
}
