using NodaTime;

namespace StudyBot.Core.Polls;

/// <summary>One choice of a poll, numbered from 0 in the order given.</summary>
/// <param name="Index">Its position (0-based; people see it 1-based).</param>
/// <param name="Text">What it says, as people typed it (or the time it stands for, for meeting-time polls).</param>
/// <param name="StartsAt">For a meeting-time poll, the meeting start it proposes in the group's calendar.</param>
public sealed record PollOption(int Index, string Text, LocalDateTime? StartsAt = null);
