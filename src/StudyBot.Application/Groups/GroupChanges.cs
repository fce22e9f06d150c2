using StudyBot.Core.Groups;

namespace StudyBot.Application.Groups;

/// <summary>What an organizer asked to change in a group; null parts stay as they are.</summary>
/// <param name="NewName">A new name.</param>
/// <param name="TimeZone">A new zone, as typed.</param>
/// <param name="Channel">A new home channel.</param>
/// <param name="Description">A new description (empty clears it).</param>
/// <param name="Charter">A new charter (empty clears it).</param>
/// <param name="AddOrganizer">A member to make an organizer.</param>
/// <param name="MirrorToDiscord">Whether meetings appear as Discord server events.</param>
/// <param name="ConfirmZone">True once the organizer has seen what a new zone does to the group's meetings.</param>
public sealed record GroupChanges(
    string? NewName = null,
    string? TimeZone = null,
    ChannelMention? Channel = null,
    string? Description = null,
    string? Charter = null,
    UserMention? AddOrganizer = null,
    bool? MirrorToDiscord = null,
    bool ConfirmZone = false)
{
    /// <summary>True when nothing was asked.</summary>
    public bool IsEmpty => this with { ConfirmZone = false } == new GroupChanges();
}

/// <summary>A group after its settings changed.</summary>
/// <param name="Group">The group.</param>
/// <param name="Changes">What was asked (and done).</param>
/// <param name="ZoneWarning">Set when the new zone is a fixed offset.</param>
/// <param name="NewOrganizer">The member made organizer, if any.</param>
public sealed record GroupChanged(Group Group, GroupChanges Changes, string? ZoneWarning, GroupMember? NewOrganizer)
{
    /// <summary>Set when nothing was changed yet: what the new zone would do to the meetings, to be confirmed first.</summary>
    public ZoneChangePreview? Preview { get; init; }
}
