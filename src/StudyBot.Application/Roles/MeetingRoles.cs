using NodaTime;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Roles;

namespace StudyBot.Application.Roles;

/// <summary>Who does which role at one meeting: fixed, or a forecast that may still change.</summary>
/// <param name="Group">The group.</param>
/// <param name="Series">The meeting series.</param>
/// <param name="Occurrence">The meeting.</param>
/// <param name="Holders">Every role of the group, in fill order, with its member or nobody.</param>
/// <param name="Fixed">True once the rotation is fixed and announced.</param>
public sealed record MeetingRoles(Group Group, MeetingSeries Series, PlannedOccurrence Occurrence, IReadOnlyList<RoleHolder> Holders, bool Fixed)
{
    /// <summary>The roles <paramref name="userId"/> holds.</summary>
    public IReadOnlyList<MeetingRole> HeldBy(string userId) => Holders.Where(h => h.UserId == userId).Select(h => h.Role).ToList();

    /// <summary>The group's zone.</summary>
    public DateTimeZone Zone => Group.Zone();
}

/// <summary>One role at one meeting and who does it (null: nobody).</summary>
/// <param name="Role">The role.</param>
/// <param name="UserId">Its member, or null when it stays empty.</param>
public sealed record RoleHolder(MeetingRole Role, string? UserId);
