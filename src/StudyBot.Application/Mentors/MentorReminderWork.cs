using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Application.Checkins;
using StudyBot.Application.Work;
using StudyBot.Core.Mentors;
using StudyBot.Core.Work;
using StudyBot.Persistence;

namespace StudyBot.Application.Mentors;

/// <summary><c>mentor.reminder</c>: one reminder to a mentor who has not answered a week's check-in; nothing when they have.</summary>
public sealed class MentorReminderWork(StudyBotDbContext db, CheckinOutbox outbox) : IScheduledWorkHandler
{
    /// <inheritdoc />
    public static string Kind => "mentor.reminder";

    /// <summary>The reminder for the week of <paramref name="payload"/>, <paramref name="after"/> its summary.</summary>
    public static PlannedWork Plan(long mentorshipId, MentorWorkPayload payload, Duration after)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return new PlannedWork(Kind, payload.KeyFor(Kind, mentorshipId), payload.Slot + after, WorkPayload.Serialize(payload));
    }

    /// <inheritdoc />
    public async Task HandleAsync(IReadOnlyList<ScheduledWork> due, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        foreach (var item in due)
        {
            if (await MentorPair.LoadAsync(db, item.OwnerId, cancellationToken).ConfigureAwait(false) is not { } pair)
            {
                continue;
            }

            var payload = WorkPayload.Deserialize<MentorWorkPayload>(item.Payload);
            var answered = await db.MentorNotes.AnyAsync(n => n.MentorshipId == pair.Mentorship.Id && n.Kind == MentorNoteKind.Reply && n.Period == payload.Date, cancellationToken).ConfigureAwait(false);
            if (!answered)
            {
                var reminder = MentorMessages.Reminder(pair.Mentorship, pair.Group, payload.Date);
                outbox.Add(pair.DirectMessage(pair.Mentorship.MentorUserId, reminder, payload.KeyFor(Kind, pair.Mentorship.Id)), payload.Slot + Duration.FromDays(7));
            }
        }

        await outbox.SendAsync(now, cancellationToken).ConfigureAwait(false);
    }
}
