using NodaTime;
using StudyBot.Application.Checkins;
using StudyBot.Application.Work;
using StudyBot.Core.Work;
using StudyBot.Persistence;

namespace StudyBot.Application.Mentors;

/// <summary><c>mentor.prompt</c>: at the pairing's slot in the member's zone, a note to the member that their week goes to their mentor.</summary>
public sealed class MentorPromptWork(StudyBotDbContext db, MentorPlanner planner, CheckinOutbox outbox) : IScheduledWorkHandler
{
    /// <inheritdoc />
    public static string Kind => "mentor.prompt";

    /// <summary>The member's note of <paramref name="payload"/>'s period.</summary>
    public static PlannedWork Plan(long mentorshipId, MentorWorkPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return new PlannedWork(Kind, payload.KeyFor(Kind, mentorshipId), payload.Slot, WorkPayload.Serialize(payload));
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
            var note = MentorMessages.Prompt(pair.Mentorship, pair.Group);
            outbox.Add(pair.DirectMessage(pair.Mentorship.MemberUserId, note, payload.KeyFor(Kind, pair.Mentorship.Id)), payload.Slot + Duration.FromDays(1));
            await planner.ReplanAsync(pair.Mentorship, pair.Group, now, cancellationToken).ConfigureAwait(false);
        }

        await outbox.SendAsync(now, cancellationToken).ConfigureAwait(false);
    }
}
