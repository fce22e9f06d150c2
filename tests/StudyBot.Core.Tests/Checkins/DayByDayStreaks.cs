using NodaTime;
using StudyBot.Core.Checkins;

namespace StudyBot.Core.Tests.Checkins;

/// <summary>
/// A second, deliberately plain reading of the streak rules to check <see cref="Streaks.Compute"/> against. It
/// walks every day from Since to today with a set of check-in dates and a table of grace used per week, and
/// settles a period when the next scheduled day closes it; nothing is shared with the real one.
/// </summary>
internal static class DayByDayStreaks
{
    public static StreakState Compute(StreakHistory history, LocalDate today)
    {
        var checkins = history.CheckedIn.ToHashSet();
        var graceUsed = new Dictionary<LocalDate, int>();
        var current = 0;
        var longest = 0;
        LocalDate? open = null;
        var openCheckedIn = false;

        for (var day = history.Since; day <= today; day = day.PlusDays(1))
        {
            if (history.ScheduledDays.Contains(day.DayOfWeek))
            {
                if (open is { } closed)
                {
                    Settle(closed, openCheckedIn, finished: true);
                }

                open = day;
                openCheckedIn = false;
            }

            openCheckedIn |= open is not null && checkins.Contains(day);
        }

        if (open is not { } start)
        {
            return new StreakState(0, 0, history.GracePerWeek, false, false);
        }

        Settle(start, openCheckedIn, finished: false);
        var away = history.Away.Contains(start);
        var noGraceLeft = graceUsed.GetValueOrDefault(WeekOf(start)) >= history.GracePerWeek;
        return new StreakState(
            current,
            longest,
            history.GracePerWeek - graceUsed.GetValueOrDefault(WeekOf(today)),
            AtRisk: !away && !openCheckedIn && current > 0 && noGraceLeft,
            CheckedInThisPeriod: openCheckedIn);

        void Settle(LocalDate periodStart, bool checkedIn, bool finished)
        {
            if (history.Away.Contains(periodStart))
            {
                return;
            }

            if (checkedIn)
            {
                current++;
                longest = Math.Max(longest, current);
            }
            else if (finished && graceUsed.GetValueOrDefault(WeekOf(periodStart)) < history.GracePerWeek)
            {
                graceUsed[WeekOf(periodStart)] = graceUsed.GetValueOrDefault(WeekOf(periodStart)) + 1;
            }
            else if (finished)
            {
                current = 0;
            }
        }
    }

    private static LocalDate WeekOf(LocalDate date) => date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
}
