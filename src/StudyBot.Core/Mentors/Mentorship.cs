using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Mentors;

/// <summary>
/// A member of a group paired with a mentor (a fellow member or anyone else in the workspace), with their own weekly
/// check-in: the mentor gets the member's week in a DM and answers it. Unlinking ends it; its notes stay.
/// </summary>
public sealed class Mentorship
{
    private Mentorship(long groupId, string memberUserId, string mentorUserId, string mentorName, IsoDayOfWeek day, LocalTime time, string createdBy, Instant createdAt)
    {
        GroupId = groupId;
        MemberUserId = memberUserId;
        MentorUserId = mentorUserId;
        MentorName = mentorName;
        Day = day;
        Time = time;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    /// <summary>Store key.</summary>
    public long Id { get; private set; }

    /// <summary>The group.</summary>
    public long GroupId { get; private set; }

    /// <summary>The member being mentored.</summary>
    public string MemberUserId { get; private set; }

    /// <summary>The mentor.</summary>
    public string MentorUserId { get; private set; }

    /// <summary>The mentor's name as it was given (they need not be in the group).</summary>
    public string MentorName { get; private set; }

    /// <summary>The weekday of their check-in.</summary>
    public IsoDayOfWeek Day { get; private set; }

    /// <summary>The local time of their check-in, in each person's own zone.</summary>
    public LocalTime Time { get; private set; }

    /// <summary>Who linked them.</summary>
    public string CreatedBy { get; private set; }

    /// <summary>When.</summary>
    public Instant CreatedAt { get; private set; }

    /// <summary>When it was unlinked; null while it lasts.</summary>
    public Instant? EndedAt { get; private set; }

    /// <summary>Their cadence.</summary>
    public MentorCadence Cadence => new(Day, Time);

    /// <summary>Pairs <paramref name="memberUserId"/> with a mentor, or says why not.</summary>
    public static Result<Mentorship> Create(long groupId, string memberUserId, string mentorUserId, string mentorName, MentorCadence cadence, string createdBy, Instant now)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        return memberUserId == mentorUserId
            ? Result<Mentorship>.Fail("A member cannot mentor themselves. Name someone else with `mentor:`.")
            : new Mentorship(groupId, memberUserId, mentorUserId, mentorName, cadence.Day, cadence.Time, createdBy, now);
    }

    /// <summary>Ends the pairing.</summary>
    public void End(Instant now) => EndedAt = now;
}
