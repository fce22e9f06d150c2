namespace StudyBot.Core.Checkins;

/// <summary>A member's streak as of one day, as <see cref="Streaks.Compute"/> works it out.</summary>
/// <param name="Current">Periods checked in since the streak last broke, the current one included once checked in.</param>
/// <param name="Longest">The most the streak has ever reached.</param>
/// <param name="GraceLeftThisWeek">Misses still forgiven in today's ISO week.</param>
/// <param name="AtRisk">
/// True when the member has a streak, has not checked in for the current period yet, and letting it pass would
/// break the streak (no grace left in the week the period started in). The cue for a nudge.
/// </param>
/// <param name="CheckedInThisPeriod">Whether the member has checked in during the period that holds today.</param>
public sealed record StreakState(int Current, int Longest, int GraceLeftThisWeek, bool AtRisk, bool CheckedInThisPeriod);
