using NodaTime;

namespace StudyBot.Core.Checkins;

/// <summary>
/// Everything a member's streak is worked out from. All dates are the member's own local dates: the caller
/// converts instants in the member's zone, so a late-evening check-in counts for the day they lived it.
/// </summary>
/// <param name="ScheduledDays">Days a check-in is asked for (all seven for daily); never empty.</param>
/// <param name="Since">First day that counts: the schedule's start or the day the member joined, whichever is later.</param>
/// <param name="CheckedIn">Dates the member checked in; repeats and check-ins on unscheduled days are fine.</param>
/// <param name="Away">Dates the member was away; a period that starts on one neither breaks nor extends the streak.</param>
/// <param name="GracePerWeek">Misses forgiven per ISO week (Monday to Sunday); zero or more.</param>
public sealed record StreakHistory(
    IReadOnlySet<IsoDayOfWeek> ScheduledDays,
    LocalDate Since,
    IReadOnlyCollection<LocalDate> CheckedIn,
    IReadOnlySet<LocalDate> Away,
    int GracePerWeek);
