using NodaTime;

namespace StudyBot.Core.Checkins;

/// <summary>
/// Check-in streaks, worked out from the history alone so that any day's answer can be recomputed and always
/// comes out the same. Each scheduled day opens a period that runs until the day before the next scheduled day
/// (with Mon/Wed/Fri: Mon–Tue, Wed–Thu, Fri–Sun), so a Tuesday check-in still answers Monday's prompt. A period
/// with a check-in adds one, however many check-ins it holds. A finished period without one is a miss: forgiven
/// while the ISO week it started in has grace left, otherwise the streak starts again from nothing. A period
/// that starts on an away day counts neither way.
/// </summary>
public static class Streaks
{
    /// <summary>
    /// The streak as of <paramref name="today"/>, walking the periods from the first one that starts on or after
    /// <see cref="StreakHistory.Since"/> up to the one that holds today. Linear in the days walked and the check-ins.
    /// </summary>
    /// <param name="history">The schedule and what the member did; all dates in the member's own zone.</param>
    /// <param name="today">
    /// Today in the member's zone. The period holding it counts once checked in and is never a miss yet: the
    /// member can still check in. Check-ins dated after today are not looked at.
    /// </param>
    /// <exception cref="ArgumentException">No scheduled days, a value that is not a weekday, or negative grace.</exception>
    public static StreakState Compute(StreakHistory history, LocalDate today)
    {
        Validate(history);

        var daysToNext = DaysToNextScheduledDay(history.ScheduledDays);
        var first = history.ScheduledDays.Contains(history.Since.DayOfWeek)
            ? history.Since
            : history.Since.PlusDays(daysToNext[(int)history.Since.DayOfWeek]);
        if (today < first)
        {
            // No period has begun yet: nothing counted, nothing to lose.
            return new StreakState(0, 0, history.GracePerWeek, AtRisk: false, CheckedInThisPeriod: false);
        }

        // Sorted once, then read front to back as the periods go by: each period takes the check-ins before the
        // next one starts, so repeats in a period collapse and no period scans the whole history.
        var checkins = SortedCheckins(history.CheckedIn, first, today);
        var unread = 0;
        var current = 0;
        var longest = 0;
        var week = MondayOf(first);
        var graceUsed = 0;

        var start = first;
        while (true)
        {
            var nextStart = start.PlusDays(daysToNext[(int)start.DayOfWeek]);
            var checkedIn = false;
            while (unread < checkins.Length && checkins[unread] < nextStart)
            {
                checkedIn = true;
                unread++;
            }

            // Grace is counted in the ISO week the period starts in, even when most of its days fall in the next.
            var startsInWeek = MondayOf(start);
            if (startsInWeek != week)
            {
                week = startsInWeek;
                graceUsed = 0;
            }

            var away = history.Away.Contains(start);
            var finished = nextStart <= today;
            if (away)
            {
                // Away periods are skipped outright: a check-in made while away does not add to the streak either.
            }
            else if (checkedIn)
            {
                current++;
                longest = Math.Max(longest, current);
            }
            else if (finished)
            {
                if (graceUsed < history.GracePerWeek)
                {
                    graceUsed++;
                }
                else
                {
                    current = 0;
                }
            }

            if (!finished)
            {
                var graceLeftInPeriodsWeek = history.GracePerWeek - graceUsed;

                // A period that began last week and runs into this one means no period has started this week
                // yet, so none of this week's grace can have gone.
                var graceLeftThisWeek = MondayOf(today) == week ? graceLeftInPeriodsWeek : history.GracePerWeek;
                var atRisk = !away && !checkedIn && current > 0 && graceLeftInPeriodsWeek == 0;
                return new StreakState(current, longest, graceLeftThisWeek, atRisk, checkedIn);
            }

            start = nextStart;
        }
    }

    private static void Validate(StreakHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(history.ScheduledDays);
        ArgumentNullException.ThrowIfNull(history.CheckedIn);
        ArgumentNullException.ThrowIfNull(history.Away);
        if (history.ScheduledDays.Count == 0)
        {
            throw new ArgumentException("A streak needs at least one scheduled day.", nameof(history));
        }

        if (history.ScheduledDays.Any(d => d is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday))
        {
            throw new ArgumentException("Scheduled days must be Monday to Sunday.", nameof(history));
        }

        if (history.GracePerWeek < 0)
        {
            throw new ArgumentException($"Grace per week is a count of forgiven misses, zero or more; got {history.GracePerWeek}.", nameof(history));
        }
    }

    // Indexed by IsoDayOfWeek (1 to 7): days from that weekday to the next scheduled one after it, 1 to 7.
    private static int[] DaysToNextScheduledDay(IReadOnlySet<IsoDayOfWeek> scheduled)
    {
        var gaps = new int[8];
        for (var day = 1; day <= 7; day++)
        {
            var gap = 1;
            while (!scheduled.Contains((IsoDayOfWeek)(((day - 1 + gap) % 7) + 1)))
            {
                gap++;
            }

            gaps[day] = gap;
        }

        return gaps;
    }

    private static LocalDate[] SortedCheckins(IReadOnlyCollection<LocalDate> checkedIn, LocalDate first, LocalDate today)
    {
        var inRange = new List<LocalDate>(checkedIn.Count);
        foreach (var date in checkedIn)
        {
            if (date >= first && date <= today)
            {
                inRange.Add(date);
            }
        }

        var sorted = inRange.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    // ISO weeks run Monday to Sunday; a week is named by its Monday.
    private static LocalDate MondayOf(LocalDate date) => date.PlusDays((int)IsoDayOfWeek.Monday - (int)date.DayOfWeek);
}
