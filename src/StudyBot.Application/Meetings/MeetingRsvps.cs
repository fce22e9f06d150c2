using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Application.Groups;
using StudyBot.Application.Roles;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Results;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Meetings;

/// <summary>Members answer going, maybe or can't for one occurrence, from the command or the buttons of a card or reminder; the card follows.</summary>
public sealed class MeetingRsvps(StudyBotDbContext db, OccurrenceLookup lookup, SeriesOccurrences occurrences, GroupFinder groups, RoleRotations roles, MeetingCards cards, TimeProvider time)
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

    /// <summary>
    /// Answers for the series <paramref name="meeting"/> names (without it, whichever of the group's meetings fits),
    /// on <paramref name="date"/> or at the next meeting.
    /// </summary>
    public async Task<Result<RsvpRecorded>> AnswerAsync(Group group, string? meeting, string? date, RsvpStatus status, Invoker invoker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (date is not null)
        {
            var found = await lookup.OnDateAsync(group, meeting, date, cancellationToken).ConfigureAwait(false);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            var on = found.Value!;
            return on.Occurrence is null && on.Change is null
                ? new UserError($"{on.Series.Title} does not meet on {on.Date:ddd d MMM uuuu}.")
                : await RecordAsync(group, on.Series, on.Change?.OriginalStart ?? on.Occurrence!.Original, invoker, status, on.Now, cancellationToken).ConfigureAwait(false);
        }

        var next = await lookup.NextAsync(group, meeting, cancellationToken).ConfigureAwait(false);
        return next.IsSuccess
            ? await RecordAsync(group, next.Value.Series, next.Value.Occurrence.Original, invoker, status, time.Now(), cancellationToken).ConfigureAwait(false)
            : next.Error;
    }

    /// <summary>Answers from a reminder's button, which names the series and the occurrence's slot.</summary>
    public async Task<Result<RsvpRecorded>> AnswerAsync(long seriesId, LocalDateTime original, RsvpStatus status, Invoker invoker, CancellationToken cancellationToken)
    {
        var series = await db.MeetingSeries.FirstOrDefaultAsync(s => s.Id == seriesId, cancellationToken).ConfigureAwait(false);
        var group = series is null ? null : await groups.FindAsync(series.GroupId, cancellationToken).ConfigureAwait(false);
        if (series is null || group is null)
        {
            return new UserError("That meeting no longer exists.");
        }

        // A card or reminder posted before /meeting edit names the meeting by its old series and time: its day still finds it.
        while (series.ContinuedBy is { } next && await db.MeetingSeries.FirstOrDefaultAsync(s => s.Id == next, cancellationToken).ConfigureAwait(false) is { } continuing
            && original.Date >= continuing.FirstStart.Date)
        {
            series = continuing;
        }

        var slot = Occurrences.OnDate(series.ToSchedule(), group.Zone(), original.Date)?.Local ?? original;
        return await RecordAsync(group, series, slot, invoker, status, time.Now(), cancellationToken).ConfigureAwait(false);
    }

    private async Task<Result<RsvpRecorded>> RecordAsync(Group group, MeetingSeries series, LocalDateTime original, Invoker invoker, RsvpStatus status, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoker);
        if (!Permissions.IsMember(group, invoker))
        {
            return new UserError(Permissions.MembersOnly(group, "answer"));
        }

        if (series.CancelledAt is not null)
        {
            return new UserError($"{series.Title} was cancelled, so there is nothing to answer.");
        }

        var zone = group.Zone();
        var (occurrence, change) = await occurrences.OnDateAsync(series, zone, original.Date, cancellationToken).ConfigureAwait(false);
        if (change is { Kind: OccurrenceChangeKind.Skipped or OccurrenceChangeKind.Cancelled } && change.OriginalStart == original)
        {
            return new UserError($"{series.Title} on {original.Date:ddd d MMM uuuu} is {(change.Kind == OccurrenceChangeKind.Skipped ? "skipped" : "cancelled")}, so there is nothing to answer.");
        }

        if (occurrence is null || occurrence.Original != original)
        {
            return new UserError($"{series.Title} does not meet on {original.Date:ddd d MMM uuuu}.");
        }

        if (occurrence.Start + Duration.FromMinutes(series.DurationMinutes) <= now)
        {
            return new UserError($"{series.Title} on {original.Date:ddd d MMM uuuu} is over; RSVPs are for meetings still ahead.");
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

        // Someone who can't come passes their fixed roles on now, so the group knows in time.
        var handedOver = status == RsvpStatus.Cant
            ? await roles.HandOverAsync(group, series, occurrence, invoker.UserId, now, cancellationToken).ConfigureAwait(false)
            : [];
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await cards.RefreshAsync(series, group, original, now, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new RsvpRecorded(series, occurrence, zone, status) { HandedOver = handedOver };
    }
}
