using StudyBot.Core.Groups;

namespace StudyBot.Application.Groups;

/// <summary>A group just created.</summary>
/// <param name="Group">The stored group.</param>
/// <param name="ZoneWarning">Set when its zone is a fixed offset that ignores daylight saving.</param>
public sealed record GroupCreated(Group Group, string? ZoneWarning);

/// <summary>A line of <c>/group list</c>.</summary>
/// <param name="Name">The group's name.</param>
/// <param name="TimeZoneId">Its zone.</param>
/// <param name="HomeChannelId">Its home channel.</param>
/// <param name="Members">How many members it has.</param>
public sealed record GroupSummary(string Name, string TimeZoneId, string HomeChannelId, int Members);
