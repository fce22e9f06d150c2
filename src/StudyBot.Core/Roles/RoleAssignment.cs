using NodaTime;

namespace StudyBot.Core.Roles;

/// <summary>
/// Who does a role at one meeting. Rows with <see cref="FixedAt"/> set are the meeting's fixed rotation (one
/// per role, with a null user for a role left empty) and, once the meeting is past, the history the rotation
/// reads; rows without it are overrides an organizer or a swap made before the rotation was fixed.
/// </summary>
public sealed class RoleAssignment
{
    /// <summary>Creates an assignment.</summary>
    public RoleAssignment(long groupId, long seriesId, LocalDateTime occurrence, Instant start, long roleId, string? userId, RoleAssignmentSource source, Instant? fixedAt)
    {
        GroupId = groupId;
        SeriesId = seriesId;
        Occurrence = occurrence;
        Start = start;
        RoleId = roleId;
        UserId = userId;
        Source = source;
        FixedAt = fixedAt;
    }

    /// <summary>Store key.</summary>
    public long Id { get; private set; }

    /// <summary>The group (history is read per group, across its series).</summary>
    public long GroupId { get; private set; }

    /// <summary>The meeting series.</summary>
    public long SeriesId { get; private set; }

    /// <summary>The occurrence's original local start (its slot in the rule).</summary>
    public LocalDateTime Occurrence { get; private set; }

    /// <summary>When the meeting starts; orders the history.</summary>
    public Instant Start { get; set; }

    /// <summary>The role.</summary>
    public long RoleId { get; private set; }

    /// <summary>Who does it, or null when it stays empty.</summary>
    public string? UserId { get; set; }

    /// <summary>How the member came to hold it.</summary>
    public RoleAssignmentSource Source { get; set; }

    /// <summary>When the rotation was fixed; null for an override waiting for it.</summary>
    public Instant? FixedAt { get; set; }
}

/// <summary>How a member came to hold a role at a meeting.</summary>
public enum RoleAssignmentSource
{
    /// <summary>The rotation chose them.</summary>
    Rotation = 0,

    /// <summary>An organizer assigned them.</summary>
    Assigned = 1,

    /// <summary>Two members swapped roles.</summary>
    Swapped = 2,

    /// <summary>The one chosen could no longer come, and it passed to them.</summary>
    PassedOn = 3,
}
