namespace StudyBot.Application.Groups;

/// <summary>What moving a group to another zone does to its meetings, shown before it is done.</summary>
/// <param name="GroupId">The group.</param>
/// <param name="From">The zone it has.</param>
/// <param name="To">The zone asked for (its IANA id).</param>
/// <param name="Meetings">A line per meeting ahead: its next start now and after the change.</param>
public sealed record ZoneChangePreview(long GroupId, string From, string To, IReadOnlyList<string> Meetings);
