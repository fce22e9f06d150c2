using CsCheck;
using NodaTime;
using StudyBot.Core.Checkins;

namespace StudyBot.Core.Tests.Checkins;

/// <summary>
/// Streaks over random schedules and histories of up to about four months, with away days, repeats and grace:
/// the bounds hold, doing more never hurts, generous grace never breaks, and a day-by-day reading agrees.
/// </summary>
public sealed class StreaksPropertyTests
{
    // Check-ins and away days are drawn over this many days from Origin, a week before the earliest Since,
    // so some fall before Since and some after today.
    private const int Span = 150;
    private static readonly LocalDate Origin = new(2027, 2, 22);

    private static Gen<Case> Cases(Gen<int> grace) =>
        from mask in Gen.Int[1, 127]
        from since in Gen.Int[7, 20]
        from length in Gen.Int[-3, 120]
        from density in Gen.Int[0, 10]
        from rolls in Gen.Int[0, 9].Array[Span]
        from repeats in Gen.Int[0, Span - 1].Array[0, 8]
        from awayRolls in Gen.Int[0, 15].Array[Span]
        from forgiven in grace
        from pick in Gen.Int[0, 10_000]
        select new Case(
            new StreakHistory(
                Enumerable.Range(1, 7).Where(d => (mask & (1 << (d - 1))) != 0).Select(d => (IsoDayOfWeek)d).ToHashSet(),
                Origin.PlusDays(since),
                Enumerable.Range(0, Span).Where(i => rolls[i] < density).Concat(repeats).Select(Origin.PlusDays).ToList(),
                Enumerable.Range(0, Span).Where(i => awayRolls[i] == 0).Select(Origin.PlusDays).ToHashSet(),
                forgiven),
            Origin.PlusDays(since + length),
            pick);

    private static readonly Gen<Case> Everyday = Cases(Gen.Int[0, 3]);

    [Fact]
    public void TheDayByDayReading_Agrees()
    {
        Everyday.Sample(c => Assert.Equal(DayByDayStreaks.Compute(c.History, c.Today), Streaks.Compute(c.History, c.Today)), iter: 2000, seed: null);
    }

    [Fact]
    public void Current_IsAtMostLongest_WhichIsAtMostTheCheckedInPeriods()
    {
        Everyday.Sample(c =>
        {
            var state = Streaks.Compute(c.History, c.Today);
            var checkedInPeriods = Periods(c).Count(p => p.CheckedIn);

            Assert.InRange(state.Current, 0, state.Longest);
            Assert.InRange(state.Longest, 0, checkedInPeriods);
        }, iter: 1000);
    }

    [Fact]
    public void CheckingInOnAMissedPeriod_NeverLowersTheStreak()
    {
        Everyday.Sample(c =>
        {
            var missed = Missed(c);
            if (missed.Count == 0)
            {
                return;
            }

            var period = missed[c.Pick % missed.Count];
            var day = period.Start.PlusDays(c.Pick % (Period.DaysBetween(period.Start, period.End) + 1));
            var before = Streaks.Compute(c.History, c.Today);
            var after = Streaks.Compute(c.History with { CheckedIn = [.. c.History.CheckedIn, day] }, c.Today);

            Assert.True(after.Current >= before.Current, $"checking in on {day} took Current from {before.Current} to {after.Current}");
            Assert.True(after.Longest >= before.Longest, $"checking in on {day} took Longest from {before.Longest} to {after.Longest}");
        }, iter: 1000);
    }

    [Fact]
    public void MarkingAMissedPeriodAway_NeverLowersTheStreak()
    {
        Everyday.Sample(c =>
        {
            var missed = Missed(c);
            if (missed.Count == 0)
            {
                return;
            }

            var start = missed[c.Pick % missed.Count].Start;
            var before = Streaks.Compute(c.History, c.Today);
            var after = Streaks.Compute(c.History with { Away = c.History.Away.Append(start).ToHashSet() }, c.Today);

            Assert.True(after.Current >= before.Current, $"away on {start} took Current from {before.Current} to {after.Current}");
        }, iter: 1000);
    }

    [Fact]
    public void WithGraceForEveryDayOfTheWeek_NoMissEverBreaksTheStreak()
    {
        Cases(Gen.Int[7, 10]).Sample(c =>
        {
            var state = Streaks.Compute(c.History, c.Today);
            var counted = Periods(c).Count(p => p.CheckedIn && !c.History.Away.Contains(p.Start));

            Assert.Equal(counted, state.Current);
            Assert.Equal(counted, state.Longest);
        }, iter: 500);
    }

    // The periods from the first scheduled day on or after Since to the one holding today, each with whether it
    // has a check-in on or before today. The last one's End may lie after today.
    private static List<(LocalDate Start, LocalDate End, bool CheckedIn)> Periods(Case c)
    {
        var h = c.History;
        var checkins = h.CheckedIn.Where(d => d <= c.Today).ToHashSet();
        var periods = new List<(LocalDate, LocalDate, bool)>();
        for (var start = h.Since; start <= c.Today; start = start.PlusDays(1))
        {
            if (!h.ScheduledDays.Contains(start.DayOfWeek))
            {
                continue;
            }

            var end = start;
            while (!h.ScheduledDays.Contains(end.PlusDays(1).DayOfWeek))
            {
                end = end.PlusDays(1);
            }

            var checkedIn = Enumerable.Range(0, Period.DaysBetween(start, end) + 1).Any(i => checkins.Contains(start.PlusDays(i)));
            periods.Add((start, end, checkedIn));
        }

        return periods;
    }

    private static List<(LocalDate Start, LocalDate End, bool CheckedIn)> Missed(Case c) =>
        Periods(c).Where(p => p.End < c.Today && !p.CheckedIn && !c.History.Away.Contains(p.Start)).ToList();

    private sealed record Case(StreakHistory History, LocalDate Today, int Pick)
    {
        public override string ToString() =>
            $"days {string.Join(",", History.ScheduledDays.Order())}, since {History.Since}, today {Today}, grace {History.GracePerWeek}, " +
            $"checked in {string.Join(",", History.CheckedIn.Order().Select(d => d.ToString("MM-dd", null)))}, " +
            $"away {string.Join(",", History.Away.Order().Select(d => d.ToString("MM-dd", null)))}, pick {Pick}";
    }
}
